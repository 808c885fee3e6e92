package dev.mcpforge.testing;

/** Assertions on received notifications; get one from {@link McpAssertions#assertThat(ReceivedNotifications)}. */
public class NotificationsAssert extends AbstractNotificationsAssert<NotificationsAssert> {

	public NotificationsAssert(ReceivedNotifications actual) {
		super(actual, NotificationsAssert.class);
	}

}
