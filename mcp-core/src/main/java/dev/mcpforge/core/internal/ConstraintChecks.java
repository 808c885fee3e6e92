package dev.mcpforge.core.internal;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import dev.mcpforge.core.Violation;

/**
 * Hibernate Validator behind the binder. The factory is built on first use: it costs a few
 * hundred milliseconds and servers whose tools carry no constraints never pay it.
 */
public final class ConstraintChecks {

	private static final long WARM_UP_DELAY_MILLIS = 500;

	private final Lazy<Validator> validator = new Lazy<>(
			() -> Validation.byDefaultProvider().configure().buildValidatorFactory().getValidator());

	private final java.util.concurrent.atomic.AtomicBoolean warmUpStarted = new java.util.concurrent.atomic.AtomicBoolean();

	public void validateBean(Object bean, List<Violation> problems) {
		collect(validator.get().validate(bean), problems);
	}

	public void validateParameters(Object target, Method method, Object[] values, List<Violation> problems) {
		collect(validator.get().forExecutables().validateParameters(target, method, values), problems);
	}

	private static void collect(Set<? extends ConstraintViolation<?>> violations, List<Violation> problems) {
		if (violations.isEmpty()) {
			// the usual case: no stream pipeline per call
			return;
		}
		violations.stream()
			.map(v -> new Violation(path(v.getPropertyPath()), v.getMessage()))
			.sorted()
			.forEach(problems::add);
	}

	/** {@code items[2].sku} from Hibernate's node list, without method or container-element nodes. */
	static String path(Path propertyPath) {
		StringBuilder path = new StringBuilder();
		for (Path.Node node : propertyPath) {
			if (node.isInIterable()) {
				Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
				path.append('[').append(key == null ? "" : key).append(']');
			}
			ElementKind kind = node.getKind();
			if ((kind == ElementKind.PROPERTY || kind == ElementKind.PARAMETER) && node.getName() != null) {
				if (path.length() > 0) {
					path.append('.');
				}
				path.append(node.getName());
			}
		}
		return path.toString();
	}

	/** Builds the validator on this thread, if no one has yet. */
	public void warmUpNow() {
		validator.get();
	}

	/**
	 * Builds the validator on a background thread, half a second from now (so it does not compete
	 * with the first {@code initialize} for the CPU), so the first tool call does not wait for it.
	 * Only the first call starts a thread; a tool called earlier builds the validator itself.
	 */
	public void warmUpInBackground() {
		if (validator.isBuilt() || !warmUpStarted.compareAndSet(false, true)) {
			return;
		}
		Thread warmUp = new Thread(() -> {
			try {
				// let the first requests (initialize, lists) through first: they need no validator
				Thread.sleep(WARM_UP_DELAY_MILLIS);
			}
			catch (InterruptedException e) {
				return;
			}
			validator.get();
		}, "mcpforge-validator-warmup");
		warmUp.setDaemon(true);
		warmUp.start();
	}

}
