package io.peerbot.standin.slack;

/**
 * Thrown when a person acts but no app holds a Socket Mode connection: Slack would tell them
 * {@code dispatch_failed}.
 */
public class NotConnectedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NotConnectedException(String message) {
        super(message);
    }
}
