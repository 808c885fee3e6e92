package dev.mcpforge.adapters.stateset.internal.catalogue;

import dev.mcpforge.adapters.stateset.internal.tools.Operation;
import java.util.ArrayList;
import java.util.List;

/** Every catalogue row: the tools that are one StateSet API call each. */
public final class Catalogue {

	private Catalogue() {
	}

	public static List<Operation> operations() {
		List<Operation> all = new ArrayList<>();
		all.addAll(CommerceCatalogue.operations());
		all.addAll(SupplyChainCatalogue.operations());
		all.addAll(ManufacturingCatalogue.operations());
		all.addAll(PlatformCatalogue.operations());
		return List.copyOf(all);
	}
}
