package io.peerbot.application.lifecycle;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.function.Supplier;

/**
 * One lock per peering, shared by everything that reads a request from AWS, decides and writes it back
 * (clicks, asking for a change), so two of them never interleave on the same peering. Locks nobody holds
 * are forgotten.
 */
public final class PeeringLocks {
    private final LoadingCache<String, Object> locks = Caffeine.newBuilder().weakValues().build(k -> new Object());

    public <T> T locked(String pcxId, Supplier<T> work) {
        synchronized (locks.get(pcxId)) {
            return work.get();
        }
    }
}
