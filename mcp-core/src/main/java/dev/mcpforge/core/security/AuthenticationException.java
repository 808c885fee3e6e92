package dev.mcpforge.core.security;

/**
 * The caller presented credentials, and they are not valid (unknown key, bad signature, expired
 * token, ...). The message is shown to the client, so it must be safe to show: it never contains
 * the credential itself.
 */
public class AuthenticationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AuthenticationException(String message) {
		super(message);
	}

	public AuthenticationException(String message, Throwable cause) {
		super(message, cause);
	}

}
