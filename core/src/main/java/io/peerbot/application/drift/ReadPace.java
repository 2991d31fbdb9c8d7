package io.peerbot.application.drift;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Paces the drift watch's reads: a bucket of {@code burst} reads that refills at {@code perSecond}, so a run over
 * many peerings stays inside EC2's rate limits for describe calls (which refill a bucket of their own per account
 * and region) and leaves most of that budget to the work people ask for. The waiting is the caller's thread's.
 */
public final class ReadPace {
    /** How the pace waits; tests pass one that does not. */
    public interface Waiter {
        void await(Duration duration) throws InterruptedException;
    }

    private final double perSecond;
    private final double burst;
    private final Clock clock;
    private final Waiter waiter;
    private double tokens;
    private Instant refilled;

    public ReadPace(double perSecond, int burst, Clock clock, Waiter waiter) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a pace needs a positive rate and a burst of at least one read");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
        this.waiter = waiter;
        this.tokens = burst;
        this.refilled = clock.instant();
    }

    /** Sleeps on the calling thread; the default for the bot. */
    public static ReadPace sleeping(double perSecond, int burst) {
        return new ReadPace(perSecond, burst, Clock.systemUTC(), d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
    }

    /** Waits until one read may go. */
    public void acquire() {
        acquire(1);
    }

    /** Waits until {@code reads} reads may go (at most the burst). */
    public synchronized void acquire(int reads) {
        double wanted = Math.min(reads, burst);
        refill();
        while (tokens < wanted) {
            double missing = wanted - tokens;
            try {
                waiter.await(Duration.ofNanos((long) Math.ceil(missing / perSecond * 1e9)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pacing reads", e);
            }
            refill();
        }
        tokens -= wanted;
    }

    private void refill() {
        Instant now = clock.instant();
        double elapsed = Duration.between(refilled, now).toNanos() / 1e9;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * perSecond);
            refilled = now;
        }
    }
}
