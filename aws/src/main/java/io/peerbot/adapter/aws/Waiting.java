package io.peerbot.adapter.aws;

import java.time.Duration;

/**
 * The adapter's sense of time while it waits on EC2: a monotonic clock and a pause. Real by default; tests give
 * one whose pause moves the clock, so waits of minutes take no time.
 */
public interface Waiting {

    /** Monotonic nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    void pause(Duration delay) throws InterruptedException;

    static Waiting real() {
        return new Waiting() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void pause(Duration delay) throws InterruptedException {
                Thread.sleep(delay.toMillis());
            }
        };
    }
}
