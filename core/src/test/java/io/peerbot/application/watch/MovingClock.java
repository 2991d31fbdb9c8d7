package io.peerbot.application.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with {@code base} and jumps ahead when a test moves it, so what the bot dates by it (changes,
 * reminders, expiries) sees the time the test moved to; between moves it keeps ticking, so two changes asked one
 * after the other still get different times.
 */
public final class MovingClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    public MovingClock(Clock base) {
        this.base = base;
    }

    /** Moves the clock on by {@code elapsed}. */
    public void advance(Duration elapsed) {
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("time does not go back: " + elapsed);
        }
        ahead.updateAndGet(d -> d.plus(elapsed));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
