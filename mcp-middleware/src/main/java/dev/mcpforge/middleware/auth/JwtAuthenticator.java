package dev.mcpforge.middleware.auth;

import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import dev.mcpforge.core.security.AuthenticationException;
import dev.mcpforge.core.security.Authenticator;
import dev.mcpforge.core.security.Credentials;
import dev.mcpforge.core.security.McpPrincipal;

/**
 * Verifies JWTs sent as {@code Authorization: Bearer <jwt>} with nimbus-jose-jwt: HS256 with a
 * shared secret, or RS256 with keys from a JWKS URL (fetched and cached by nimbus) or a given JWK
 * set. Checks the signature, {@code exp} (required), {@code nbf}, and when configured {@code iss}
 * and {@code aud}. The principal is named after {@code sub}; roles come from the {@code roles}
 * claim and scopes from {@code scope} (space-separated) and {@code scp} — all configurable.
 *
 * <pre>{@code
 * JwtAuthenticator jwt = JwtAuthenticator.builder()
 *     .jwkSetUrl(new URL("https://login.example.com/.well-known/jwks.json"))
 *     .issuer("https://login.example.com/")
 *     .audience("orders-mcp")
 *     .build();
 * }</pre>
 */
public final class JwtAuthenticator implements Authenticator, TokenVerifier {

	private final DefaultJWTProcessor<SecurityContext> processor;

	private final String nameClaim;

	private final String rolesClaim;

	private final List<String> scopeClaims;

	private final String description;

	private JwtAuthenticator(Builder b) {
		this.nameClaim = b.nameClaim;
		this.rolesClaim = b.rolesClaim;
		this.scopeClaims = List.copyOf(b.scopeClaims);
		this.processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(b.algorithms, b.keys));
		JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder();
		if (b.issuer != null) {
			exact.issuer(b.issuer);
		}
		Set<String> required = new HashSet<>(Set.of("exp", nameClaim));
		if (!b.audiences.isEmpty()) {
			required.add("aud");
		}
		DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
				b.audiences.isEmpty() ? null : b.audiences, exact.build(), required, null);
		claims.setMaxClockSkew((int) b.clockSkew.toSeconds());
		processor.setJWTClaimsSetVerifier(claims);
		this.description = "jwt(" + b.keysDescription + (b.issuer == null ? "" : ", iss " + b.issuer)
				+ (b.audiences.isEmpty() ? "" : ", aud " + b.audiences) + ")";
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Optional<McpPrincipal> authenticate(Credentials credentials) {
		return credentials.bearerToken().map(this::verify);
	}

	@Override
	public McpPrincipal verify(String token) {
		JWTClaimsSet claims;
		try {
			claims = processor.process(token, null);
		}
		catch (ParseException e) {
			throw new AuthenticationException("malformed token");
		}
		catch (BadJWTException e) {
			// claim problems: expired, not yet valid, wrong issuer or audience, missing claim
			throw new AuthenticationException("invalid token: " + e.getMessage());
		}
		catch (BadJOSEException e) {
			throw new AuthenticationException("invalid token signature or algorithm");
		}
		catch (JOSEException e) {
			throw new AuthenticationException("token could not be verified");
		}
		Object name = claims.getClaim(nameClaim);
		return new McpPrincipal(String.valueOf(name), values(claims.getClaim(rolesClaim)), scopes(claims),
				claims.getClaims());
	}

	private Set<String> scopes(JWTClaimsSet claims) {
		Set<String> all = new LinkedHashSet<>();
		scopeClaims.forEach(c -> all.addAll(values(claims.getClaim(c))));
		return all;
	}

	/** A claim as a set of strings: a list, or a space-separated string. */
	private static Set<String> values(Object claim) {
		Set<String> out = new LinkedHashSet<>();
		if (claim instanceof Collection<?> many) {
			many.forEach(v -> out.add(String.valueOf(v)));
		}
		else if (claim instanceof String text) {
			for (String part : text.trim().split("\\s+")) {
				if (!part.isEmpty()) {
					out.add(part);
				}
			}
		}
		return out;
	}

	@Override
	public String describe() {
		return description;
	}

	@Override
	public String toString() {
		return description;
	}

	/** Builder of {@link JwtAuthenticator}; set exactly one key source. */
	public static final class Builder {

		private JWKSource<SecurityContext> keys;

		private Set<JWSAlgorithm> algorithms;

		private String keysDescription;

		private String issuer;

		private final Set<String> audiences = new LinkedHashSet<>();

		private String nameClaim = "sub";

		private String rolesClaim = "roles";

		private final List<String> scopeClaims = new ArrayList<>(List.of("scope", "scp"));

		private Duration clockSkew = Duration.ofSeconds(60);

		private Builder() {
		}

		/**
		 * HS256 with a shared secret of at least 32 bytes.
		 * @throws IllegalArgumentException if the secret is shorter
		 */
		public Builder hmacSecret(byte[] secret) {
			Objects.requireNonNull(secret, "secret");
			if (secret.length < 32) {
				throw new IllegalArgumentException("HS256 secret must be at least 32 bytes, was " + secret.length);
			}
			return keys(new ImmutableSecret<>(secret.clone()), Set.of(JWSAlgorithm.HS256), "HS256");
		}

		/** RS256 with the public keys at a JWKS URL; nimbus fetches, caches and refreshes them. */
		public Builder jwkSetUrl(URL url) {
			Objects.requireNonNull(url, "url");
			return keys(JWKSourceBuilder.create(url).build(), Set.of(JWSAlgorithm.RS256), "RS256 " + url);
		}

		/** RS256 with these public keys. */
		public Builder jwkSet(JWKSet set) {
			Objects.requireNonNull(set, "set");
			return keys(new ImmutableJWKSet<>(set), Set.of(JWSAlgorithm.RS256), "RS256 " + set.size() + " keys");
		}

		/** Any key source and accepted algorithms, e.g. ES256. */
		public Builder keys(JWKSource<SecurityContext> source, Set<JWSAlgorithm> accepted, String description) {
			if (this.keys != null) {
				throw new IllegalStateException("a key source is already set");
			}
			this.keys = Objects.requireNonNull(source, "source");
			this.algorithms = Set.copyOf(accepted);
			this.keysDescription = Objects.requireNonNull(description, "description");
			return this;
		}

		/** Required value of {@code iss}. */
		public Builder issuer(String issuer) {
			this.issuer = Objects.requireNonNull(issuer, "issuer");
			return this;
		}

		/** An accepted {@code aud}; when any is set, tokens must name one of them. */
		public Builder audience(String audience) {
			audiences.add(Objects.requireNonNull(audience, "audience"));
			return this;
		}

		/** The claim that names the principal (default {@code sub}). */
		public Builder nameClaim(String claim) {
			this.nameClaim = Objects.requireNonNull(claim, "claim");
			return this;
		}

		/** The claim holding roles, a list or space-separated string (default {@code roles}). */
		public Builder rolesClaim(String claim) {
			this.rolesClaim = Objects.requireNonNull(claim, "claim");
			return this;
		}

		/** The claims holding scopes (default {@code scope} and {@code scp}). */
		public Builder scopeClaims(String... claims) {
			scopeClaims.clear();
			scopeClaims.addAll(List.of(claims));
			return this;
		}

		/** Tolerance for {@code exp} and {@code nbf} (default 60 s). */
		public Builder clockSkew(Duration skew) {
			this.clockSkew = Objects.requireNonNull(skew, "skew");
			return this;
		}

		public JwtAuthenticator build() {
			if (keys == null) {
				throw new IllegalStateException("no key source: call hmacSecret(..), jwkSetUrl(..) or jwkSet(..)");
			}
			return new JwtAuthenticator(this);
		}

	}

}
