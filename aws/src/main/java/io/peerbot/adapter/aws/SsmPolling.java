package io.peerbot.adapter.aws;

import java.time.Duration;

/**
 * How long peerbot waits for a command on an instance, and how often it asks.
 *
 * @param poll    delays between {@code GetCommandInvocation} calls, doubling
 * @param timeout the longest a command may take before it counts as timed out (and is cancelled)
 */
public record SsmPolling(Backoff poll, Duration timeout) {
    public SsmPolling {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
    }

    /** 250 ms doubling up to 2 s, one minute in all: a ping and a few connects take seconds. */
    public static SsmPolling defaults() {
        return new SsmPolling(new Backoff(Duration.ofMillis(250), Duration.ofSeconds(2)), Duration.ofMinutes(1));
    }

    /** SSM's own time limit for the command, in whole seconds, at least its minimum of 30. */
    int serviceTimeoutSeconds() {
        return (int) Math.max(30, timeout.toSeconds());
    }
}
