package dev.mcpforge.adapters.stateset.internal.args;

import dev.mcpforge.core.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;


/**
 * Argument records of the bills of materials, work orders, manufacturer orders and robotics QA tools.
 * Component names are StateSet's wire names, so the schema a model sees matches the API documentation.
 */
public final class ManufacturingArgs {

	private ManufacturingArgs() {
	}

	/** Arguments of {@code stateset_update_bill_of_materials}. */
	public record UpdateBillOfMaterials(@NotBlank String bill_of_materials_id,
			@Description("Line items") @Valid List<LineItem> items,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_get_bom_components} and the tools sharing its shape. */
	public record BillOfMaterialsId(@NotBlank String bill_of_materials_id) {
	}

	/** Arguments of {@code stateset_add_bom_component}. */
	public record AddBomComponent(@NotBlank String bill_of_materials_id,
			@NotBlank String component_id,
			@NotNull @Positive Integer quantity,
			String unit_of_measure,
			@PositiveOrZero Integer sequence) {
	}

	/** Arguments of {@code stateset_remove_bom_component}. */
	public record RemoveBomComponent(@NotBlank String bill_of_materials_id,
			@NotBlank String component_id) {
	}

	/** Arguments of {@code stateset_update_work_order}. */
	public record UpdateWorkOrder(@NotBlank String work_order_id,
			@Description("Line items") @Valid List<LineItem> items,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_assign_work_order}. */
	public record AssignWorkOrder(@NotBlank String work_order_id,
			@NotBlank String assigned_to) {
	}

	/** Arguments of {@code stateset_complete_work_order}. */
	public record CompleteWorkOrder(@NotBlank String work_order_id,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_start_work_order} and the tools sharing its shape. */
	public record WorkOrderId(@NotBlank String work_order_id) {
	}

	/** Arguments of {@code stateset_hold_work_order}. */
	public record HoldWorkOrder(@NotBlank String work_order_id,
			@Description("Why, in a sentence; kept in the audit trail") @NotBlank String reason) {
	}

	/** Arguments of {@code stateset_cancel_work_order}. */
	public record CancelWorkOrder(@NotBlank String work_order_id,
			@Description("Why, in a sentence; kept in the audit trail") String reason) {
	}

	/** Arguments of {@code stateset_update_work_order_status}. */
	public record UpdateWorkOrderStatus(@NotBlank String work_order_id,
			@Description("The new status") @NotBlank String status) {
	}

	/** Arguments of {@code stateset_schedule_work_order}. */
	public record ScheduleWorkOrder(@NotBlank String work_order_id,
			@Description("ISO-8601 date, e.g. 2026-11-24") @NotBlank String scheduled_start,
			@Description("ISO-8601 date, e.g. 2026-11-24") String scheduled_end,
			String work_center_id) {
	}

	/** Arguments of {@code stateset_update_work_order_task}. */
	public record UpdateWorkOrderTask(@NotBlank String work_order_id,
			@NotBlank String task_id,
			@Description("The new status") String status,
			@Description("Free-text notes kept with the record") String notes,
			String completed_by) {
	}

	/** Arguments of {@code stateset_get_work_center_capacity}. */
	public record GetWorkCenterCapacity(@NotBlank String work_center_id,
			@Description("ISO-8601 date, e.g. 2026-11-24") String from_date,
			@Description("ISO-8601 date, e.g. 2026-11-24") String to_date) {
	}

	/** Arguments of {@code stateset_update_manufacturer_order}. */
	public record UpdateManufacturerOrder(@NotBlank String manufacturer_order_id,
			@Description("Line items") @Valid List<LineItem> items,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_delete_manufacturer_order} and the tools sharing its shape. */
	public record ManufacturerOrderId(@NotBlank String manufacturer_order_id) {
	}

	/** Arguments of {@code stateset_create_robot_serial}. */
	public record CreateRobotSerial(@NotBlank String serial_number,
			@NotBlank String model,
			@Description("ISO-8601 date, e.g. 2026-11-24") String manufactured_date,
			@Description("The new status") String status,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_get_robot_serial} and the tools sharing its shape. */
	public record RobotSerialId(@NotBlank String robot_serial_id) {
	}

	/** Arguments of {@code stateset_update_robot_serial}. */
	public record UpdateRobotSerial(@NotBlank String robot_serial_id,
			@Description("The new status") String status,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_create_component_serial}. */
	public record CreateComponentSerial(@NotBlank String serial_number,
			@NotBlank String component_type,
			String robot_serial_id,
			@Description("The new status") String status) {
	}

	/** Arguments of {@code stateset_get_component_serial}. */
	public record ComponentId(@NotBlank String component_id) {
	}

	/** Arguments of {@code stateset_update_component_serial}. */
	public record UpdateComponentSerial(@NotBlank String component_id,
			@Description("The new status") String status,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_install_component}. */
	public record InstallComponent(@NotBlank String component_id,
			@NotBlank String robot_serial_id,
			@Description("ISO-8601 date, e.g. 2026-11-24") String installation_date) {
	}

	/** Arguments of {@code stateset_remove_component}. */
	public record RemoveComponent(@NotBlank String component_id,
			String removal_reason) {
	}

	/** Arguments of {@code stateset_create_test_protocol}. */
	public record CreateTestProtocol(@NotBlank String name,
			String description,
			@NotEmpty List<String> steps,
			List<String> applicable_models) {
	}

	/** Arguments of {@code stateset_get_test_protocol}. */
	public record ProtocolId(@NotBlank String protocol_id) {
	}

	/** Arguments of {@code stateset_create_test_result}. */
	public record CreateTestResult(@NotBlank String robot_serial_id,
			@NotBlank String protocol_id,
			@NotBlank String tester_id,
			@NotNull Map<String, Object> results,
			@NotBlank String overall_status) {
	}

	/** Arguments of {@code stateset_get_test_result}. */
	public record ResultId(@NotBlank String result_id) {
	}

	/** Arguments of {@code stateset_create_ncr}. */
	public record CreateNcr(String robot_serial_id,
			String component_id,
			@NotBlank String description,
			@NotBlank String severity,
			@NotBlank String reported_by,
			String corrective_action) {
	}

	/** Arguments of {@code stateset_get_ncr}. */
	public record NcrId(@NotBlank String ncr_id) {
	}

	/** Arguments of {@code stateset_close_ncr}. */
	public record CloseNcr(@NotBlank String ncr_id,
			@NotBlank String resolution,
			@NotBlank String closed_by) {
	}

	/** Arguments of {@code stateset_create_certification}. */
	public record CreateCertification(@NotBlank String robot_serial_id,
			@NotBlank String certification_type,
			@NotBlank String certified_by,
			@Description("ISO-8601 date, e.g. 2026-11-24") String valid_until,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_get_certification}. */
	public record CertificationId(@NotBlank String certification_id) {
	}

	/** Arguments of {@code stateset_create_service_record}. */
	public record CreateServiceRecord(@NotBlank String robot_serial_id,
			@NotBlank String service_type,
			@NotBlank String description,
			@NotBlank String technician_id,
			List<String> parts_used) {
	}

	/** Arguments of {@code stateset_get_service_record}. */
	public record ServiceRecordId(@NotBlank String service_record_id) {
	}

	/** Arguments of {@code stateset_complete_service_record}. */
	public record CompleteServiceRecord(@NotBlank String service_record_id,
			String completion_notes) {
	}
}
