package dev.mcpforge.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.LoggingMessageNotification;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;

import dev.mcpforge.testing.internal.JsonValues;

/**
 * Every notification a test client (or a {@link MockMcpContext}) received, in arrival order.
 * Thread-safe. Notifications may arrive after the response they belong to on real transports,
 * so prefer the waiting assertions of {@link McpAssertions#assertThat(ReceivedNotifications)}
 * or the {@code await*} methods here over reading the lists right away.
 *
 * <pre>{@code
 * client.callTool("import", Map.of("file", "a.csv"));
 * assertThat(client.notifications()).hasLog(LoggingLevel.INFO, "imported 3 rows")
 *     .hasProgress(1.0, 2.0, 3.0);
 * }</pre>
 */
public final class ReceivedNotifications {

	/** Default time the {@code await*} methods wait. */
	public static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

	/**
	 * One notification.
	 *
	 * @param method the JSON-RPC method, e.g. {@code notifications/message}
	 * @param params its params as received (a map), or the typed SDK record for a mock context
	 */
	public record Notification(String method, Object params) {

		public Notification {
			Objects.requireNonNull(method, "method");
		}

		/** The params converted to an SDK type, e.g. {@link LoggingMessageNotification}. */
		public <T> T params(Class<T> type) {
			return JsonValues.convert(params, type);
		}

	}

	private final List<Notification> received = new ArrayList<>();

	ReceivedNotifications() {
	}

	synchronized void record(String method, Object params) {
		received.add(new Notification(method, params));
		notifyAll();
	}

	/** All notifications so far, in arrival order. */
	public synchronized List<Notification> all() {
		return List.copyOf(received);
	}

	/** The notifications with this method, e.g. {@code notifications/tools/list_changed}. */
	public List<Notification> withMethod(String method) {
		return all().stream().filter(n -> n.method().equals(method)).toList();
	}

	/** The log messages ({@code notifications/message}). */
	public List<LoggingMessageNotification> logs() {
		return typed(McpSchema.METHOD_NOTIFICATION_MESSAGE, LoggingMessageNotification.class);
	}

	/** The progress notifications of every call. */
	public List<ProgressNotification> progress() {
		return typed(McpSchema.METHOD_NOTIFICATION_PROGRESS, ProgressNotification.class);
	}

	/** The progress notifications for one progress token. */
	public List<ProgressNotification> progress(Object progressToken) {
		return progress().stream().filter(p -> Objects.equals(String.valueOf(p.progressToken()),
				String.valueOf(progressToken))).toList();
	}

	/** How many {@code notifications/tools/list_changed} arrived. */
	public int toolListChanges() {
		return withMethod(McpSchema.METHOD_NOTIFICATION_TOOLS_LIST_CHANGED).size();
	}

	public int resourceListChanges() {
		return withMethod(McpSchema.METHOD_NOTIFICATION_RESOURCES_LIST_CHANGED).size();
	}

	public int promptListChanges() {
		return withMethod(McpSchema.METHOD_NOTIFICATION_PROMPTS_LIST_CHANGED).size();
	}

	/** The URIs of {@code notifications/resources/updated}, in order. */
	public List<String> resourcesUpdated() {
		return typed(McpSchema.METHOD_NOTIFICATION_RESOURCES_UPDATED, McpSchema.ResourcesUpdatedNotification.class)
			.stream()
			.map(McpSchema.ResourcesUpdatedNotification::uri)
			.toList();
	}

	/** Forgets everything received so far. */
	public synchronized void clear() {
		received.clear();
	}

	/**
	 * Waits up to {@link #DEFAULT_WAIT} until at least {@code count} log messages arrived.
	 * @throws AssertionError listing what did arrive, when they don't
	 */
	public List<LoggingMessageNotification> awaitLogs(int count) {
		awaitUntil(n -> n.logs().size() >= count, DEFAULT_WAIT, "at least " + count + " log messages");
		return logs();
	}

	/** Waits up to {@link #DEFAULT_WAIT} until at least {@code count} progress notifications arrived. */
	public List<ProgressNotification> awaitProgress(int count) {
		awaitUntil(n -> n.progress().size() >= count, DEFAULT_WAIT, "at least " + count + " progress notifications");
		return progress();
	}

	/**
	 * Waits until {@code condition} holds; returns {@code true} if it did within {@code timeout}.
	 */
	public boolean waitFor(Predicate<ReceivedNotifications> condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this) {
			while (!condition.test(this)) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return condition.test(this);
				}
			}
			return true;
		}
	}

	@Override
	public String toString() {
		List<Notification> all = all();
		if (all.isEmpty()) {
			return "(no notifications)";
		}
		StringBuilder text = new StringBuilder();
		for (Notification n : all) {
			text.append(text.length() == 0 ? "" : "\n").append(n.method()).append(' ').append(JsonValues.compact(n.params()));
		}
		return text.toString();
	}

	private void awaitUntil(Predicate<ReceivedNotifications> condition, Duration timeout, String what) {
		if (!waitFor(condition, timeout)) {
			throw new AssertionError("Expecting " + what + " within " + timeout.toMillis() + " ms but received:\n"
					+ this);
		}
	}

	private <T> List<T> typed(String method, Class<T> type) {
		return withMethod(method).stream().map(n -> n.params(type)).toList();
	}

}
