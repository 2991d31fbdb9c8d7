package io.peerbot.adapter.aws;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Time for the adapter's waits that moves only when they pause: a wait of minutes takes none. */
public final class MovedTime implements Waiting {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public void pause(Duration delay) {
        nanos.addAndGet(delay.toNanos());
    }

    /** How long the adapter has waited so far. */
    public Duration waited() {
        return Duration.ofNanos(nanos.get());
    }
}
