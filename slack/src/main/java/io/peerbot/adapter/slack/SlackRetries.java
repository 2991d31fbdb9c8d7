package io.peerbot.adapter.slack;

import java.time.Duration;

/**
 * How the bot waits before trying again a Web API call Slack could not take: a thread's message waits
 * {@code firstWait} before its next turn in the outbox (doubled for each further one, up to 32 times), and a call
 * waits what Slack's {@code Retry-After} asks, but no longer than {@code longestWait}, before its next attempt.
 * Production honours Slack ({@link #SLACK}); tests against the stand-in, whose outages last as long as its clock
 * says, retry in milliseconds.
 */
public record SlackRetries(Duration firstWait, Duration longestWait) {
    public static final SlackRetries SLACK = new SlackRetries(Duration.ofSeconds(1), Duration.ofSeconds(30));

    public SlackRetries {
        if (firstWait.isNegative() || longestWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("waits must be 0 <= first <= longest: " + firstWait + ", "
                    + longestWait);
        }
    }
}
