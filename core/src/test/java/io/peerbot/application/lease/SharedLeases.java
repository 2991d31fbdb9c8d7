package io.peerbot.application.lease;

import io.peerbot.application.port.Leases;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** One store of leases that several replicas in a test share, as they would share a table. */
public final class SharedLeases implements Leases {
    private final LocalLeases store;

    public SharedLeases(Clock clock) {
        this.store = new LocalLeases(clock);
    }

    @Override
    public Optional<Lease> tryAcquire(String key, Duration ttl) {
        return store.tryAcquire(key, ttl);
    }

    @Override
    public boolean shared() {
        return true;
    }
}
