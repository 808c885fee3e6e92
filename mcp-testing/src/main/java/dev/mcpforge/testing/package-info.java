/**
 * mcpforge's testing kit.
 *
 * <ul>
 * <li>{@link dev.mcpforge.testing.MockMcpContext}: unit-test one tool handler, no server.</li>
 * <li>{@link dev.mcpforge.testing.McpServerTest} / {@link dev.mcpforge.testing.McpTestClient}: test
 * a server end to end, in memory.</li>
 * <li>{@link dev.mcpforge.testing.Responders}: scripted sampling, elicitation and roots.</li>
 * <li>{@link dev.mcpforge.testing.McpAssertions}: AssertJ assertions for results, protocol errors,
 * catalogs and notifications.</li>
 * <li>{@link dev.mcpforge.testing.Faults}: deterministic latency, failures and timeouts.</li>
 * <li>{@link dev.mcpforge.testing.FakeUpstream}: a fake HTTP API (WireMock) for adapter tests.</li>
 * <li>{@link dev.mcpforge.testing.ToolSnapshots}: golden files of {@code tools/list} with a
 * breaking-change report.</li>
 * </ul>
 *
 * See {@code docs/testing.md} for an example of each.
 */
package dev.mcpforge.testing;
