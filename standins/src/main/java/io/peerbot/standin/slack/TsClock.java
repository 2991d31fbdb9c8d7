package io.peerbot.standin.slack;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/** Message timestamps ({@code "1700000000.000100"}): wall-clock microseconds, strictly increasing, so unique. */
final class TsClock {
    private static final Pattern TS = Pattern.compile("\\d{1,12}\\.\\d{1,6}");
    private final AtomicLong lastMicros = new AtomicLong();

    String next() {
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        long micros = lastMicros.updateAndGet(previous -> Math.max(previous + 1, now));
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    static boolean isWellFormed(String ts) {
        return ts != null && TS.matcher(ts).matches();
    }
}
