package dev.mcpforge.middleware.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.mcpforge.core.security.AuthenticationException;
import dev.mcpforge.core.security.Authenticator;
import dev.mcpforge.core.security.Credentials;
import dev.mcpforge.core.security.McpPrincipal;

/**
 * Static API keys, each standing for a principal. A key is read from the {@code X-API-Key} header
 * or from {@code Authorization: Bearer <key>} (configurable); over stdio, where there are no
 * headers, from an environment variable when {@link Builder#environmentVariable} is set.
 *
 * <p>Keys are kept as SHA-256 digests and a presented key is compared with <em>every</em> stored
 * digest using {@link MessageDigest#isEqual} (constant time), so neither the comparison nor the
 * lookup reveals through timing how much of a key was right. Keys never appear in
 * {@link #toString()}, log lines or error messages.
 *
 * <pre>{@code
 * ApiKeyAuthenticator keys = ApiKeyAuthenticator.builder()
 *     .key(System.getenv("ADMIN_KEY"), McpPrincipal.of("ops").withRoles("admin"))
 *     .key(System.getenv("READER_KEY"), McpPrincipal.of("dashboard").withRoles("reader"))
 *     .build();
 * }</pre>
 */
public final class ApiKeyAuthenticator implements Authenticator {

	/** Default header. */
	public static final String DEFAULT_HEADER = "X-API-Key";

	private final List<Entry> entries;

	private final String header;

	private final boolean bearer;

	private final String environmentVariable;

	private final UnaryOperator<String> environment;

	private ApiKeyAuthenticator(Builder b) {
		this.entries = List.copyOf(b.entries);
		this.header = b.header;
		this.bearer = b.bearer;
		this.environmentVariable = b.environmentVariable;
		this.environment = b.environment;
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Optional<McpPrincipal> authenticate(Credentials credentials) {
		Optional<String> presented = presented(credentials);
		if (presented.isEmpty()) {
			return Optional.empty();
		}
		byte[] digest = sha256(presented.get());
		McpPrincipal match = null;
		// no early exit: every stored key is compared, whichever matches
		for (Entry entry : entries) {
			if (MessageDigest.isEqual(entry.digest, digest) && match == null) {
				match = entry.principal;
			}
		}
		if (match == null) {
			throw new AuthenticationException("invalid API key");
		}
		return Optional.of(match);
	}

	private Optional<String> presented(Credentials credentials) {
		if (header != null) {
			Optional<String> value = credentials.header(header).map(String::strip).filter(v -> !v.isEmpty());
			if (value.isPresent()) {
				return value;
			}
		}
		if (bearer) {
			Optional<String> token = credentials.bearerToken();
			if (token.isPresent()) {
				return token;
			}
		}
		if (environmentVariable != null && "stdio".equals(credentials.transport())) {
			return Optional.ofNullable(environment.apply(environmentVariable)).map(String::strip).filter(v -> !v.isEmpty());
		}
		return Optional.empty();
	}

	@Override
	public String describe() {
		List<String> where = new ArrayList<>();
		if (header != null) {
			where.add(header);
		}
		if (bearer) {
			where.add("Authorization: Bearer");
		}
		if (environmentVariable != null) {
			where.add("$" + environmentVariable + " (stdio)");
		}
		return "api-keys(" + entries.size() + " keys from " + String.join(", ", where) + ")";
	}

	@Override
	public String toString() {
		return describe();
	}

	static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}

	private record Entry(byte[] digest, McpPrincipal principal) {
	}

	/** Builder of {@link ApiKeyAuthenticator}. */
	public static final class Builder {

		private final List<Entry> entries = new ArrayList<>();

		private String header = DEFAULT_HEADER;

		private boolean bearer = true;

		private String environmentVariable;

		private UnaryOperator<String> environment = System::getenv;

		private Builder() {
		}

		/**
		 * A key and who presents it.
		 * @throws IllegalArgumentException if the key is blank or shorter than 16 characters
		 */
		public Builder key(String key, McpPrincipal principal) {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(principal, "principal");
			if (key.strip().length() < 16) {
				throw new IllegalArgumentException("API key for '" + principal.name()
						+ "' is too short: use at least 16 random characters");
			}
			entries.add(new Entry(sha256(key.strip()), principal));
			return this;
		}

		/** The header the key is read from (default {@code X-API-Key}); {@code null} for none. */
		public Builder header(String name) {
			this.header = name;
			return this;
		}

		/** Whether {@code Authorization: Bearer <key>} is accepted too (default true). */
		public Builder acceptBearer(boolean accept) {
			this.bearer = accept;
			return this;
		}

		/** Over stdio, read the key from this environment variable, e.g. {@code MCP_API_KEY}. */
		public Builder environmentVariable(String name) {
			this.environmentVariable = Objects.requireNonNull(name, "name");
			return this;
		}

		/** Where environment variables come from (default {@link System#getenv(String)}); for tests. */
		public Builder environment(UnaryOperator<String> lookup) {
			this.environment = Objects.requireNonNull(lookup, "lookup");
			return this;
		}

		public ApiKeyAuthenticator build() {
			if (entries.isEmpty()) {
				throw new IllegalStateException("no API keys: add at least one with key(..)");
			}
			if (header == null && !bearer && environmentVariable == null) {
				throw new IllegalStateException("no place to read keys from: set a header, bearer or environment variable");
			}
			return new ApiKeyAuthenticator(this);
		}

	}

}
