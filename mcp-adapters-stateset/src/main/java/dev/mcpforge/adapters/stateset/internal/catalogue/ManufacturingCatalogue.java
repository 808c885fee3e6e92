package dev.mcpforge.adapters.stateset.internal.catalogue;

import static dev.mcpforge.adapters.stateset.internal.tools.Operation.delete;
import static dev.mcpforge.adapters.stateset.internal.tools.Operation.get;
import static dev.mcpforge.adapters.stateset.internal.tools.Operation.patch;
import static dev.mcpforge.adapters.stateset.internal.tools.Operation.post;
import static dev.mcpforge.adapters.stateset.internal.tools.Operation.put;

import dev.mcpforge.adapters.stateset.internal.args.CommerceArgs.*;
import dev.mcpforge.adapters.stateset.internal.args.ManufacturingArgs.*;
import dev.mcpforge.adapters.stateset.internal.args.PlatformArgs.*;
import dev.mcpforge.adapters.stateset.internal.args.SupplyChainArgs.*;
import dev.mcpforge.adapters.stateset.internal.tools.Operation;
import java.util.List;

/** The bills of materials, work orders, manufacturer orders and robotics QA tools: one row per tool, one HTTP call each (domains.md §1.3). */
final class ManufacturingCatalogue {

	private ManufacturingCatalogue() {
	}

	static List<Operation> operations() {
		return List.of(
				// ---- Bill of Materials ----
				post("stateset_create_bill_of_materials", "/bill-of-materials", OrderDocument.class,
						"Create a bill of materials listing the items needed to build an order."),
				patch("stateset_update_bill_of_materials", "/bill-of-materials/{bill_of_materials_id}", UpdateBillOfMaterials.class,
						"Update a bill of materials by id; only the fields you pass change."),
				get("stateset_get_bom_components", "/manufacturing/boms/{bill_of_materials_id}/components", BillOfMaterialsId.class,
						"List the components of a bill of materials."),
				post("stateset_add_bom_component", "/manufacturing/boms/{bill_of_materials_id}/components", AddBomComponent.class,
						"Add a component with quantity to a bill of materials."),
				delete("stateset_remove_bom_component", "/manufacturing/boms/{bill_of_materials_id}/components/{component_id}", RemoveBomComponent.class,
						"Remove a component from a bill of materials."),
				delete("stateset_delete_bill_of_materials", "/bill-of-materials/{bill_of_materials_id}", BillOfMaterialsId.class,
						"Delete a bill of materials by id. Cannot be undone."),
				get("stateset_get_bill_of_materials", "/bill-of-materials/{bill_of_materials_id}", BillOfMaterialsId.class,
						"Get a bill of materials by id."),
				get("stateset_list_bill_of_materials", "/bill-of-materials", Page.class,
						"List bills of materials, page by page (page starts at 1, per_page up to 100)."),
				// ---- Work Orders ----
				post("stateset_create_work_order", "/work-orders", OrderDocument.class,
						"Create a work order to build the items of an order."),
				patch("stateset_update_work_order", "/work-orders/{work_order_id}", UpdateWorkOrder.class,
						"Update a work order by id; only the fields you pass change."),
				post("stateset_assign_work_order", "/work-orders/{work_order_id}/assign", AssignWorkOrder.class,
						"Assign a work order to a person or team."),
				post("stateset_complete_work_order", "/work-orders/{work_order_id}/complete", CompleteWorkOrder.class,
						"Mark an in-progress work order as completed."),
				put("stateset_start_work_order", "/work-orders/{work_order_id}/status", WorkOrderId.class,
						"Start a work order (status in_progress).").with("status", "in_progress"),
				put("stateset_hold_work_order", "/work-orders/{work_order_id}/status", HoldWorkOrder.class,
						"Put a work order on hold, with a reason.").with("status", "on_hold"),
				put("stateset_cancel_work_order", "/work-orders/{work_order_id}/status", CancelWorkOrder.class,
						"Cancel a work order.").with("status", "cancelled"),
				delete("stateset_delete_work_order", "/work-orders/{work_order_id}", WorkOrderId.class,
						"Delete a work order by id. Cannot be undone."),
				get("stateset_get_work_order", "/work-orders/{work_order_id}", WorkOrderId.class,
						"Get a work order by id."),
				get("stateset_list_work_orders", "/work-orders", Page.class,
						"List work orders, page by page (page starts at 1, per_page up to 100)."),
				put("stateset_update_work_order_status", "/work-orders/{work_order_id}/status", UpdateWorkOrderStatus.class,
						"Move a work order to a new status (pending, scheduled, in_progress, on_hold, completed, cancelled)."),
				post("stateset_schedule_work_order", "/work-orders/{work_order_id}/schedule", ScheduleWorkOrder.class,
						"Schedule a work order on a work center for a start (and optional end) date."),
				put("stateset_update_work_order_task", "/work-orders/{work_order_id}/tasks/{task_id}", UpdateWorkOrderTask.class,
						"Update one task of a work order: status, notes, who completed it."),
				get("stateset_get_work_center_capacity", "/work-orders/capacity/{work_center_id}", GetWorkCenterCapacity.class,
						"Get the capacity and load of a work center, optionally for a date range."),
				// ---- Manufacturer Orders ----
				post("stateset_create_manufacturer_order", "/manufacturer-orders", OrderDocument.class,
						"Create an order placed with a contract manufacturer."),
				patch("stateset_update_manufacturer_order", "/manufacturer-orders/{manufacturer_order_id}", UpdateManufacturerOrder.class,
						"Update a manufacturer order by id; only the fields you pass change."),
				delete("stateset_delete_manufacturer_order", "/manufacturer-orders/{manufacturer_order_id}", ManufacturerOrderId.class,
						"Delete a manufacturer order by id. Cannot be undone."),
				get("stateset_get_manufacturer_order", "/manufacturer-orders/{manufacturer_order_id}", ManufacturerOrderId.class,
						"Get a manufacturer order by id."),
				get("stateset_list_manufacturer_orders", "/manufacturer-orders", Page.class,
						"List manufacturer orders, page by page (page starts at 1, per_page up to 100)."),
				// ---- Manufacturing / robotics QA ----
				post("stateset_create_robot_serial", "/manufacturing/robot-serials", CreateRobotSerial.class,
						"Register a robot by serial number and model."),
				get("stateset_get_robot_serial", "/manufacturing/robot-serials/{robot_serial_id}", RobotSerialId.class,
						"Get a robot serial by id."),
				get("stateset_list_robot_serials", "/manufacturing/robot-serials", Page.class,
						"List robot serials, page by page (page starts at 1, per_page up to 100)."),
				put("stateset_update_robot_serial", "/manufacturing/robot-serials/{robot_serial_id}", UpdateRobotSerial.class,
						"Update a robot serial by id; only the fields you pass change."),
				delete("stateset_delete_robot_serial", "/manufacturing/robot-serials/{robot_serial_id}", RobotSerialId.class,
						"Delete a robot serial by id. Cannot be undone."),
				post("stateset_create_component_serial", "/manufacturing/components", CreateComponentSerial.class,
						"Register a serialised component, optionally linked to a robot."),
				get("stateset_get_component_serial", "/manufacturing/components/{component_id}", ComponentId.class,
						"Get a serialised component by id."),
				put("stateset_update_component_serial", "/manufacturing/components/{component_id}", UpdateComponentSerial.class,
						"Update the status or notes of a serialised component."),
				post("stateset_install_component", "/manufacturing/components/{component_id}/install", InstallComponent.class,
						"Install a component into a robot."),
				post("stateset_remove_component", "/manufacturing/components/{component_id}/remove", RemoveComponent.class,
						"Remove an installed component from its robot, with a reason."),
				post("stateset_create_test_protocol", "/manufacturing/test-protocols", CreateTestProtocol.class,
						"Define a QA test protocol: named steps, optionally for certain models."),
				get("stateset_get_test_protocol", "/manufacturing/test-protocols/{protocol_id}", ProtocolId.class,
						"Get a test protocol by id."),
				post("stateset_create_test_result", "/manufacturing/test-results", CreateTestResult.class,
						"Record the result of running a test protocol on a robot."),
				get("stateset_get_test_result", "/manufacturing/test-results/{result_id}", ResultId.class,
						"Get a test result by id."),
				post("stateset_create_ncr", "/manufacturing/ncrs", CreateNcr.class,
						"Open a non-conformance report (NCR) for a robot or component defect."),
				get("stateset_get_ncr", "/manufacturing/ncrs/{ncr_id}", NcrId.class,
						"Get a non-conformance report (NCR) by id."),
				post("stateset_close_ncr", "/manufacturing/ncrs/{ncr_id}/close", CloseNcr.class,
						"Close a non-conformance report with its resolution."),
				post("stateset_create_certification", "/manufacturing/certifications", CreateCertification.class,
						"Record a certification of a robot, e.g. safety or CE."),
				get("stateset_get_certification", "/manufacturing/certifications/{certification_id}", CertificationId.class,
						"Get a certification by id."),
				post("stateset_create_service_record", "/manufacturing/service-records", CreateServiceRecord.class,
						"Open a service record for work done on a robot."),
				get("stateset_get_service_record", "/manufacturing/service-records/{service_record_id}", ServiceRecordId.class,
						"Get a service record by id."),
				post("stateset_complete_service_record", "/manufacturing/service-records/{service_record_id}/complete", CompleteServiceRecord.class,
						"Complete a service record with closing notes."));
	}
}
