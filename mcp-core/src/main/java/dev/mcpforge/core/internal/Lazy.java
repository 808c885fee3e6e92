package dev.mcpforge.core.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use, once, by whichever thread asks first (others wait for it). For what
 * start-up should not pay for: schema generators, validators.
 */
public final class Lazy<T> implements Supplier<T> {

	private final Supplier<? extends T> factory;

	private volatile T value;

	public Lazy(Supplier<? extends T> factory) {
		this.factory = Objects.requireNonNull(factory, "factory");
	}

	@Override
	public T get() {
		T current = value;
		if (current == null) {
			synchronized (this) {
				current = value;
				if (current == null) {
					current = Objects.requireNonNull(factory.get(), "factory returned null");
					value = current;
				}
			}
		}
		return current;
	}

	/** Whether the value has been built. */
	public boolean isBuilt() {
		return value != null;
	}

}
