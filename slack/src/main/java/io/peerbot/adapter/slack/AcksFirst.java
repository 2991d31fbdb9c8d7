package io.peerbot.adapter.slack;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Envelopes waiting for their ack come before new work. Slack wants an ack within 3 seconds and shows the person
 * nothing until it has it, while work queued behind the ack (AWS reads, Slack posts) can start a moment later
 * unnoticed. On a burst of commands the bot's own workers, already busy with the first commands' AWS calls, take
 * the cores from the threads acknowledging the rest: so a worker starts a job only once no envelope is waiting
 * for its ack, or after {@link #DEFAULT_LONGEST} at most, so a steady stream of envelopes slows work but
 * never stops it. Work already running is not held.
 */
public final class AcksFirst {
    /** Longest a worker holds back its next job for acks. */
    public static final Duration DEFAULT_LONGEST = Duration.ofMillis(100);

    private final AtomicInteger unacked = new AtomicInteger();
    private final long longestNanos;

    public AcksFirst() {
        this(DEFAULT_LONGEST);
    }

    public AcksFirst(Duration longest) {
        if (longest.isNegative()) {
            throw new IllegalArgumentException("longest must not be negative: " + longest);
        }
        this.longestNanos = longest.toNanos();
    }

    /** An envelope arrived; its ack is owed until {@link #acked}. */
    void arrived() {
        unacked.incrementAndGet();
    }

    /** An envelope's processing ended, with its ack sent (or failed). */
    void acked() {
        if (unacked.decrementAndGet() == 0) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** Envelopes arrived and not yet acknowledged. */
    int unacked() {
        return unacked.get();
    }

    /**
     * Returns once no envelope waits for its ack, or after the longest wait. A stop (interrupt) ends the wait
     * early and is kept for the caller to see.
     */
    void awaitAcks() {
        if (unacked.get() == 0) {
            return;
        }
        long deadline = System.nanoTime() + longestNanos;
        synchronized (this) {
            long left;
            while (unacked.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    wait(Math.max(1, left / 1_000_000), 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
