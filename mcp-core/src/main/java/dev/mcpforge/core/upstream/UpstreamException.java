package dev.mcpforge.core.upstream;

import dev.mcpforge.core.ToolException;
import java.time.Duration;
import java.util.Optional;

/**
 * An upstream call that did not succeed. It is a {@link ToolException}, so a tool handler that lets it escape answers
 * with an error result the model can read ("Upstream stateset answered 409: Order ORD-1 is cancelled"), never a crash.
 */
public class UpstreamException extends ToolException {

	private static final long serialVersionUID = 1L;

	/** Why the call failed. */
	public enum Kind {
		/** The API answered with a non-2xx status. */
		HTTP_ERROR,
		/** The connection failed or broke. */
		NETWORK,
		/** The call took longer than its category's timeout. */
		TIMEOUT,
		/** The client's own rate limit refused the call before it was sent. */
		RATE_LIMITED,
		/** The circuit breaker is open: the API failed repeatedly and is given time to recover. */
		CIRCUIT_OPEN
	}

	private final Kind kind;
	private final int status;
	private final String requestId;
	private final transient Duration retryAfter;

	public UpstreamException(Kind kind, int status, String message, String requestId, Duration retryAfter,
			Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.status = status;
		this.requestId = requestId;
		this.retryAfter = retryAfter;
	}

	public Kind kind() {
		return kind;
	}

	/** The HTTP status, or 0 when no response was received. */
	public int status() {
		return status;
	}

	public Optional<String> requestId() {
		return Optional.ofNullable(requestId);
	}

	/** When the caller may try again, if known (Retry-After, a breaker's wait, a rate limit's refill). */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

	/** The same failure with another message; this one becomes the cause. */
	UpstreamException withMessage(String message) {
		return new UpstreamException(kind, status, message, requestId, retryAfter, this);
	}

	/** 5xx, network failures and timeouts: the upstream's fault, counted by the circuit breaker. */
	public boolean isServerFault() {
		return kind == Kind.NETWORK || kind == Kind.TIMEOUT || (kind == Kind.HTTP_ERROR && status >= 500);
	}
}
