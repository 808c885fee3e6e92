package dev.mcpforge.middleware.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.security.AuthenticationException;
import dev.mcpforge.core.security.Credentials;
import dev.mcpforge.core.security.McpPrincipal;
import dev.mcpforge.middleware.policy.AccessRules;
import dev.mcpforge.middleware.policy.Who;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;
import dev.mcpforge.testing.McpTestClient;

/** HS256 and RS256 (JWK set and a JWKS URL on 127.0.0.1) through nimbus-jose-jwt; no network. */
class JwtAuthenticatorTest {

	static final byte[] SECRET = "a-shared-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);

	static final String ISSUER = "https://login.example.test/";

	static JWTClaimsSet.Builder claims() {
		return new JWTClaimsSet.Builder().subject("alice")
			.issuer(ISSUER)
			.audience("orders-mcp")
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.claim("scope", "orders:read orders:write")
			.claim("roles", List.of("admin"));
	}

	static String hs256(JWTClaimsSet claims) throws JOSEException {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		jwt.sign(new MACSigner(SECRET));
		return jwt.serialize();
	}

	static String rs256(RSAKey key, JWTClaimsSet claims) throws JOSEException {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	static JwtAuthenticator hsAuthenticator() {
		return JwtAuthenticator.builder().hmacSecret(SECRET).issuer(ISSUER).audience("orders-mcp").build();
	}

	static Credentials bearer(String token) {
		return new Credentials("http", Map.of("Authorization", List.of("Bearer " + token)));
	}

	@Test
	void hs256TokenGivesPrincipalWithRolesAndScopes() throws Exception {
		McpPrincipal principal = hsAuthenticator().authenticate(bearer(hs256(claims().build()))).orElseThrow();
		assertThat(principal.name()).isEqualTo("alice");
		assertThat(principal.roles()).containsExactly("admin");
		assertThat(principal.scopes()).containsExactlyInAnyOrder("orders:read", "orders:write");
		assertThat(principal.attributes()).containsEntry("iss", ISSUER);
	}

	@Test
	void noBearerHeaderIsAnonymous() {
		assertThat(hsAuthenticator().authenticate(Credentials.none("http"))).isEmpty();
	}

	@Test
	void expiredWrongIssuerWrongAudienceBadSignatureAndGarbageAreRefused() throws Exception {
		JwtAuthenticator jwt = hsAuthenticator();
		String expired = hs256(claims().expirationTime(Date.from(Instant.now().minusSeconds(3600))).build());
		String notYet = hs256(claims().notBeforeTime(Date.from(Instant.now().plusSeconds(3600))).build());
		String wrongIssuer = hs256(claims().issuer("https://evil.example/").build());
		String wrongAudience = hs256(claims().audience("other").build());
		String noExpiry = hs256(claims().expirationTime(null).build());
		SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
		forged.sign(new MACSigner("another-secret-of-at-least-32-bytes!!!".getBytes(StandardCharsets.UTF_8)));
		for (String token : List.of(expired, notYet, wrongIssuer, wrongAudience, noExpiry, forged.serialize(),
				"not.a.jwt", "garbage")) {
			assertThatThrownBy(() -> jwt.authenticate(bearer(token))).as(token)
				.isInstanceOf(AuthenticationException.class)
				.satisfies(e -> assertThat(e.getMessage()).doesNotContain(token));
		}
		assertThatThrownBy(() -> jwt.authenticate(bearer(expired))).hasMessageContaining("xpired");
	}

	@Test
	void anRs256TokenIsRefusedByAnHs256Authenticator() throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
		assertThatThrownBy(() -> hsAuthenticator().authenticate(bearer(rs256(key, claims().build()))))
			.isInstanceOf(AuthenticationException.class);
	}

	@Test
	void rs256WithAJwkSet() throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
		RSAKey other = new RSAKeyGenerator(2048).keyID("k1").generate();
		JwtAuthenticator jwt = JwtAuthenticator.builder().jwkSet(new JWKSet(key.toPublicJWK())).issuer(ISSUER).build();
		assertThat(jwt.authenticate(bearer(rs256(key, claims().build())))).map(McpPrincipal::name).hasValue("alice");
		assertThatThrownBy(() -> jwt.authenticate(bearer(rs256(other, claims().build()))))
			.isInstanceOf(AuthenticationException.class);
	}

	@Test
	void rs256WithAJwksUrlServedOnLoopback() throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
		byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		AtomicInteger fetches = new AtomicInteger();
		HttpServer jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		jwksServer.createContext("/jwks.json", exchange -> {
			fetches.incrementAndGet();
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, jwks.length);
			exchange.getResponseBody().write(jwks);
			exchange.close();
		});
		jwksServer.start();
		try {
			URL url = new URL("http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks.json");
			JwtAuthenticator jwt = JwtAuthenticator.builder().jwkSetUrl(url).issuer(ISSUER).audience("orders-mcp").build();
			assertThat(jwt.authenticate(bearer(rs256(key, claims().build())))).map(McpPrincipal::scopes)
				.hasValueSatisfying(s -> assertThat(s).contains("orders:read"));
			assertThat(jwt.authenticate(bearer(rs256(key, claims().subject("bob").build())))).map(McpPrincipal::name)
				.hasValue("bob");
			assertThat(fetches.get()).as("keys are cached").isEqualTo(1);
		}
		finally {
			jwksServer.stop(0);
		}
	}

	@Test
	void theJwtPrincipalReachesHandlersAndPolicies() throws Exception {
		try (McpServer server = McpServer.builder()
			.name("jwt")
			.authenticator(hsAuthenticator())
			.accessPolicy(AccessRules.builder().allowToolsFor(Who.scope("orders:write"), "refund").defaultAllow())
			.tool(ToolSpec.of("whoami", ctx -> ctx.principal().orElseThrow().getName()).description("Who").readOnly())
			.tool(ToolSpec.of("refund", ctx -> "refunded").description("Refunds"))
			.build()) {
			try (McpTestClient writer = McpTestClient.builder(server).bearerToken(hs256(claims().build())).build()) {
				assertThat(writer.callTool("whoami").content()).containsExactly(new McpSchema.TextContent("alice"));
				assertThat(writer.callTool("refund").isError()).isNotEqualTo(Boolean.TRUE);
			}
			String readOnly = hs256(claims().subject("bob").claim("scope", "orders:read").build());
			try (McpTestClient reader = McpTestClient.builder(server).bearerToken(readOnly).build()) {
				assertThat(reader.listTools().tools()).extracting(McpSchema.Tool::name).containsExactly("whoami");
				assertThatThrownBy(() -> reader.callTool("refund")).isInstanceOf(McpError.class);
			}
			String expired = hs256(claims().expirationTime(Date.from(Instant.now().minusSeconds(3600))).build());
			assertThat(Refusals.refusal(() -> McpTestClient.builder(server).bearerToken(expired).build()).getMessage())
				.startsWith("Unauthorized: invalid token: ")
				.contains("xpired");
		}
	}

}
