package io.peerbot.application.port;

import java.time.Duration;

/** How a script sent to an instance ended. */
public sealed interface CommandOutcome {

    /** It ran to the end; {@code stdout} is what it printed (SSM keeps up to 24,000 characters). */
    record Success(String stdout) implements CommandOutcome {
    }

    /**
     * It ran but did not succeed, or was cancelled.
     *
     * @param status   the service's status, e.g. {@code Failed}, {@code Cancelled}
     * @param exitCode the script's exit code, {@code -1} when it has none
     */
    record Failed(String status, int exitCode, String stdout, String stderr) implements CommandOutcome {
    }

    /** It did not finish within {@code after} (or the service gave up on it). */
    record TimedOut(Duration after) implements CommandOutcome {
    }

    /**
     * The instance does not take remote commands: it is not a managed instance (no agent, no instance
     * profile, not online, or not in this account and region).
     */
    record NotManaged(String message) implements CommandOutcome {
    }
}
