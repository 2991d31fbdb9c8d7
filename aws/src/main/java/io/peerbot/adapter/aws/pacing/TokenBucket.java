package io.peerbot.adapter.aws.pacing;

import java.util.function.LongSupplier;

/**
 * A token bucket as EC2 meters one API: {@code capacity} tokens, refilled continuously at {@code refillPerSecond},
 * one taken per request. A caller reserves a token and is told how long to wait for it, so callers queue in the
 * order they asked and the bucket never lends more than it will have refilled by the time each one sends.
 */
public final class TokenBucket {
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double refillPerNano;
    private final LongSupplier nanoTime;
    private double tokens;
    private long lastRefill;

    /**
     * @param rate     size and refill rate
     * @param nanoTime a monotonic clock in nanoseconds ({@link System#nanoTime} in production)
     */
    public TokenBucket(Ec2Rate rate, LongSupplier nanoTime) {
        this.capacity = rate.capacity();
        this.refillPerNano = rate.refillPerSecond() / NANOS_PER_SECOND;
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.lastRefill = nanoTime.getAsLong();
    }

    /**
     * Takes one token and answers how many nanoseconds from now it is there to take: 0 while the bucket holds one,
     * else the time the refill needs to reach this caller's place in the queue.
     */
    public synchronized long reserve() {
        refill();
        tokens -= 1;
        if (tokens >= 0) {
            return 0;
        }
        return (long) Math.ceil(-tokens / refillPerNano);
    }

    /**
     * How many nanoseconds from now a token could be taken without waiting, counting the callers already waiting;
     * takes nothing.
     */
    public synchronized long nanosUntilFree() {
        refill();
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / refillPerNano);
    }

    /** Tokens held now; negative while callers wait for the refill. */
    public synchronized double tokens() {
        refill();
        return tokens;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - lastRefill) * refillPerNano);
        lastRefill = now;
    }
}
