package io.peerbot.application.lease;

import io.peerbot.application.port.Leases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leases in this process's memory, for a bot that runs as one replica: no store is needed, and nothing another
 * process does can be seen. Expiry follows the clock given, so a test moves it.
 */
public final class LocalLeases implements Leases {
    private final Clock clock;
    private final ConcurrentHashMap<String, Holding> held = new ConcurrentHashMap<>();

    /** Who holds a key (an object only its lease knows) and until when. */
    private record Holding(Object holder, Instant until) {
    }

    public LocalLeases(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Lease> tryAcquire(String key, Duration ttl) {
        Instant now = clock.instant();
        Holding mine = new Holding(new Object(), now.plus(ttl));
        Holding current = held.compute(key, (k, was) -> was == null || !was.until().isAfter(now) ? mine : was);
        return current == mine ? Optional.of(new LocalLease(key, mine.holder())) : Optional.empty();
    }

    @Override
    public boolean shared() {
        return false;
    }

    private final class LocalLease implements Lease {
        private final String key;
        private final Object holder;

        LocalLease(String key, Object holder) {
            this.key = key;
            this.holder = holder;
        }

        @Override
        public String key() {
            return key;
        }

        /** An expired lease nobody took meanwhile is still this holder's: only another holder takes it away. */
        @Override
        public boolean renew(Duration ttl) {
            Instant until = clock.instant().plus(ttl);
            Holding renewed = held.computeIfPresent(key,
                    (k, was) -> was.holder() == holder ? new Holding(holder, until) : was);
            return renewed != null && renewed.holder() == holder;
        }

        @Override
        public void close() {
            held.computeIfPresent(key, (k, was) -> was.holder() == holder ? null : was);
        }

        @Override
        public String toString() {
            return "lease on " + key;
        }
    }
}
