package io.peerbot.adapter.aws;

import java.time.Duration;

/**
 * How long the adapter lets EC2's eventual consistency catch up: a peering just created or accepted may be
 * unknown for a while to the other account, or to a describe of its own account.
 *
 * @param notFoundFor how long a peering that should exist may answer "not found" before that is believed
 * @param backoff     delays between looks meanwhile
 * @param waiting     the clock and pause used for those delays
 */
public record Consistency(Duration notFoundFor, Backoff backoff, Waiting waiting) {

    /** 30 s of 200 ms doubling up to 5 s, in real time: EC2 usually catches up within seconds. */
    public static Consistency defaults() {
        return new Consistency(Duration.ofSeconds(30), Backoff.defaults(), Waiting.real());
    }
}
