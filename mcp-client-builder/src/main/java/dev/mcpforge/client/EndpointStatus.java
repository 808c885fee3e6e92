package dev.mcpforge.client;

/**
 * One endpoint of a client as it stands now.
 *
 * @param name the endpoint's URL (or transport name)
 * @param healthy whether calls are routed to it; an ejected endpoint is probed and re-admitted
 * when it answers again
 * @param outstanding calls in flight on it
 * @param calls calls routed to it so far
 * @param failures connection failures seen on it so far
 */
public record EndpointStatus(String name, boolean healthy, int outstanding, long calls, long failures) {
}
