package io.peerbot.adapter.aws;

import java.time.Duration;

/** Delays between polls: from {@code initial}, doubling, never above {@code max}. */
public record Backoff(Duration initial, Duration max) {
    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max: " + initial + ", " + max);
        }
    }

    /** 200 ms doubling up to 5 s: quick for a same-region accept, gentle on the API for a slow one. */
    public static Backoff defaults() {
        return new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    Duration after(Duration previous) {
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
