package dev.mcpforge.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HttpServingOptionsTest {

	@Test
	void defaults() {
		HttpServingOptions o = HttpServingOptions.defaults();
		assertThat(o.endpoint()).isEqualTo("/mcp");
		assertThat(o.maxRequestBytes()).isEqualTo(4 * 1024 * 1024);
		assertThat(o.dnsRebindingProtection()).isTrue();
		assertThat(o.allowedHosts()).containsExactly("localhost:*", "127.0.0.1:*", "[::1]:*");
		assertThat(o.allowedOrigins()).contains("http://localhost:*", "https://127.0.0.1:*", "http://[::1]:*");
	}

	@Test
	void addsAndNormalisesUserEntries() {
		HttpServingOptions o = HttpServingOptions.builder()
			.allowedHost(" MCP.Example.com:* ")
			.allowedOrigin("https://App.Example.com")
			.build();
		assertThat(o.allowedHosts()).endsWith("mcp.example.com:*");
		assertThat(o.allowedOrigins()).endsWith("https://app.example.com");
		assertThat(o.toBuilder().build().allowedHosts()).isEqualTo(o.allowedHosts());
	}

	@Test
	void rejectsNonsense() {
		assertThatThrownBy(() -> HttpServingOptions.builder().endpoint("mcp")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> HttpServingOptions.builder().endpoint("/mcp/")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> HttpServingOptions.builder().maxRequestBytes(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> HttpServingOptions.builder().allowedHost(" ")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aSpecificBindAddressBecomesAnAllowedHost() {
		HttpServingOptions o = HttpServingOptions.defaults();
		assertThat(JettyMcpServer.withBindHost(o, "10.1.2.3").allowedHosts()).endsWith("10.1.2.3:*");
		assertThat(JettyMcpServer.withBindHost(o, "fd00::5").allowedHosts()).endsWith("[fd00::5]:*");
		assertThat(JettyMcpServer.withBindHost(o, "127.0.0.1")).isSameAs(o);
		assertThat(JettyMcpServer.withBindHost(o, "0.0.0.0")).isSameAs(o);
		HttpServingOptions off = HttpServingOptions.builder().dnsRebindingProtection(false).build();
		assertThat(JettyMcpServer.withBindHost(off, "10.1.2.3")).isSameAs(off);
	}

}
