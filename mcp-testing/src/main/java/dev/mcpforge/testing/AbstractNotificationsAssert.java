package dev.mcpforge.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.assertj.core.api.AbstractAssert;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;

/**
 * Assertions on the notifications a client or mock context received. Notifications can
 * arrive after the response they belong to, so each positive assertion waits for them (up to
 * 2 s by default, see {@link #within(Duration)}) and fails only when the wait runs out.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractNotificationsAssert<SELF extends AbstractNotificationsAssert<SELF>>
		extends AbstractAssert<SELF, ReceivedNotifications> {

	/** How long positive assertions wait unless told otherwise. */
	public static final Duration DEFAULT_WAIT = Duration.ofSeconds(2);

	private Duration wait = DEFAULT_WAIT;

	protected AbstractNotificationsAssert(ReceivedNotifications actual, Class<?> selfType) {
		super(actual, selfType);
	}

	/** Waits up to {@code timeout} in the assertions that follow. */
	public SELF within(Duration timeout) {
		this.wait = Objects.requireNonNull(timeout, "timeout");
		return myself;
	}

	/** A log message with this level and exactly this text arrived. */
	public SELF hasLog(LoggingLevel level, String text) {
		return awaitOrFail(n -> n.logs().stream().anyMatch(l -> l.level() == level && text.equals(l.data())),
				"a log message " + level.name().toLowerCase(java.util.Locale.ROOT) + " \"" + text + "\"", logs());
	}

	/** A log message containing {@code text} arrived, at any level. */
	public SELF hasLogContaining(String text) {
		return awaitOrFail(n -> n.logs().stream().anyMatch(l -> l.data() != null && l.data().contains(text)),
				"a log message containing \"" + text + "\"", logs());
	}

	/** The log messages' texts are exactly these, in this order. */
	public SELF hasLogMessages(String... texts) {
		List<String> expected = List.of(texts);
		return awaitOrFail(n -> n.logs().stream().map(McpSchema.LoggingMessageNotification::data).toList().equals(expected),
				"exactly the log messages " + quoted(expected), logs());
	}

	/** No log message arrived (checked now, without waiting). */
	public SELF hasNoLogs() {
		isNotNull();
		if (!actual.logs().isEmpty()) {
			failWithMessage("%nExpecting no log messages but received:%n%s", logs().run());
		}
		return myself;
	}

	/** The progress values of all progress notifications are exactly these, in this order. */
	public SELF hasProgress(double... values) {
		List<Double> expected = Arrays.stream(values).boxed().toList();
		return awaitOrFail(n -> n.progress().stream().map(McpSchema.ProgressNotification::progress).toList().equals(expected),
				"progress " + expected, progress());
	}

	/** At least {@code count} progress notifications arrived. */
	public SELF hasProgressCountAtLeast(int count) {
		return awaitOrFail(n -> n.progress().size() >= count, "at least " + count + " progress notifications",
				progress());
	}

	/** Progress never went down, per progress token. */
	public SELF hasMonotonicProgress() {
		isNotNull();
		List<McpSchema.ProgressNotification> all = actual.progress();
		java.util.Map<String, Double> last = new java.util.HashMap<>();
		for (McpSchema.ProgressNotification p : all) {
			String token = String.valueOf(p.progressToken());
			Double before = last.put(token, p.progress());
			if (before != null && p.progress() < before) {
				failWithMessage("%nExpecting progress never to decrease but it went from %s to %s:%n%s", before,
						p.progress(), progress().run());
			}
		}
		return myself;
	}

	public SELF hasToolListChanged() {
		return hasNotification(McpSchema.METHOD_NOTIFICATION_TOOLS_LIST_CHANGED);
	}

	public SELF hasResourceListChanged() {
		return hasNotification(McpSchema.METHOD_NOTIFICATION_RESOURCES_LIST_CHANGED);
	}

	public SELF hasPromptListChanged() {
		return hasNotification(McpSchema.METHOD_NOTIFICATION_PROMPTS_LIST_CHANGED);
	}

	/** {@code notifications/resources/updated} arrived for {@code uri}. */
	public SELF hasResourceUpdated(String uri) {
		return awaitOrFail(n -> n.resourcesUpdated().contains(uri), "notifications/resources/updated for " + uri,
				all());
	}

	/** A notification with this method arrived. */
	public SELF hasNotification(String method) {
		return awaitOrFail(n -> !n.withMethod(method).isEmpty(), method, all());
	}

	private SELF awaitOrFail(Predicate<ReceivedNotifications> condition, String what, Description received) {
		isNotNull();
		if (!actual.waitFor(condition, wait)) {
			failWithMessage("%nExpecting %s within %s ms but received:%n%s", what, wait.toMillis(), received.run());
		}
		return myself;
	}

	/** What arrived, rendered for a failure message. */
	@FunctionalInterface
	private interface Description {

		String run();

	}

	private Description logs() {
		return () -> render(actual.logs().stream()
			.map(l -> (l.level() == null ? "?" : l.level().name().toLowerCase(java.util.Locale.ROOT)) + " \"" + l.data() + "\"")
			.toList(), "(no log messages)");
	}

	private Description progress() {
		return () -> render(actual.progress().stream()
			.map(p -> p.progressToken() + ": " + p.progress() + (p.total() == null ? "" : "/" + p.total())
					+ (p.message() == null ? "" : " \"" + p.message() + "\""))
			.toList(), "(no progress notifications)");
	}

	private Description all() {
		return () -> "  " + actual.toString().replace("\n", "\n  ");
	}

	private static String render(List<String> lines, String none) {
		return lines.isEmpty() ? "  " + none : lines.stream().map(l -> "  " + l).collect(Collectors.joining("\n"));
	}

	private static String quoted(List<String> texts) {
		return texts.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ", "[", "]"));
	}

}
