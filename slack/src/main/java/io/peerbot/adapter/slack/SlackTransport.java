package io.peerbot.adapter.slack;

/**
 * How Slack's commands and clicks reach the bot: over a Socket Mode connection the bot opens (one replica),
 * or as signed HTTP requests to {@code POST /slack/events} (replicas behind a load balancer).
 */
public sealed interface SlackTransport {

    /** Socket Mode with the app-level token ({@code SLACK_APP_TOKEN}). */
    record SocketMode() implements SlackTransport {
    }

    /**
     * HTTP on {@code host:port} ({@code PORT}; 0 for any free port), requests verified with the signing secret
     * ({@code SLACK_SIGNING_SECRET}).
     */
    record Http(String host, int port) implements SlackTransport {
        public Http {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535, not " + port);
            }
        }
    }

    static SlackTransport socketMode() {
        return new SocketMode();
    }

    /** HTTP on every interface, as behind a load balancer. */
    static SlackTransport http(int port) {
        return new Http("0.0.0.0", port);
    }
}
