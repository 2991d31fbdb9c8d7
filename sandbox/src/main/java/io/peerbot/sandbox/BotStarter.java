package io.peerbot.sandbox;

/**
 * Starts the bot against the sandbox's stand-ins. The sandbox calls it once, after both stand-ins are up, and
 * closes what it returns on shutdown.
 */
@FunctionalInterface
public interface BotStarter {
    /**
     * Starts the bot with everything it needs to reach the stand-ins and connects it to Slack (Socket Mode).
     * May return before the connection is open; the sandbox waits for it.
     */
    AutoCloseable start(BotWiring wiring) throws Exception;
}
