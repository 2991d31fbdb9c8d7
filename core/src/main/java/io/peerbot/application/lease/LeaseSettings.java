package io.peerbot.application.lease;

import java.time.Duration;

/**
 * How replicas time their leases.
 *
 * @param ttl          how long a lease lasts unless renewed: how long a dead replica's work waits before another
 *                     takes it up
 * @param renewEvery   how often held leases are renewed; well inside {@code ttl}, so one late renewal loses nothing
 * @param decisionWait how long a click or an ask waits for a decision on the same peering made elsewhere before it
 *                     is answered that the peering is busy
 * @param pollEvery    how often a waiting decision asks again
 */
public record LeaseSettings(Duration ttl, Duration renewEvery, Duration decisionWait, Duration pollEvery) {
    private static final int RENEWALS_PER_TTL = 3;

    public LeaseSettings {
        if (!positive(ttl) || !positive(renewEvery) || !positive(pollEvery) || decisionWait.isNegative()) {
            throw new IllegalArgumentException("lease times must be positive: " + ttl + ", " + renewEvery + ", "
                    + decisionWait + ", " + pollEvery);
        }
        if (renewEvery.compareTo(ttl) >= 0) {
            throw new IllegalArgumentException("leases must be renewed (every " + renewEvery
                    + ") before they expire (after " + ttl + ")");
        }
    }

    private static boolean positive(Duration length) {
        return !length.isNegative() && !length.isZero();
    }

    public static LeaseSettings defaults() {
        return new LeaseSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofMillis(100));
    }

    /**
     * The same settings with leases lasting {@code ttl}, renewed every third of it: two renewals may be missed
     * before a lease expires.
     */
    public LeaseSettings withTtl(Duration ttl) {
        return new LeaseSettings(ttl, ttl.dividedBy(RENEWALS_PER_TTL), decisionWait, pollEvery);
    }

    /** The same settings with decisions waited for up to {@code wait}. */
    public LeaseSettings withDecisionWait(Duration wait) {
        return new LeaseSettings(ttl, renewEvery, wait, pollEvery);
    }
}
