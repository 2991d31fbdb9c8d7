package io.peerbot.application.lease;

import io.peerbot.application.port.Leases;
import io.peerbot.application.port.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes leases and keeps them: every lease taken through it is renewed every {@link LeaseSettings#renewEvery()}
 * until it is given up, so work that lasts longer than a lease's ttl keeps it. A lease that cannot be renewed
 * (another replica took it after it expired) is marked lost and logged; its holder stops where it can.
 */
public final class LeaseKeeper {
    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    private final Leases leases;
    private final LeaseSettings settings;
    private final Clock clock;
    private final Pause pause;
    /** Every lease taken through the keeper and not given up yet, lost ones included, by key. */
    private final Map<String, Kept> inUse = new ConcurrentHashMap<>();

    public LeaseKeeper(Leases leases, LeaseSettings settings, Clock clock, Pause pause) {
        this.leases = leases;
        this.settings = settings;
        this.clock = clock;
        this.pause = pause;
    }

    public LeaseKeeper(Leases leases, LeaseSettings settings, Clock clock) {
        this(leases, settings, clock, Pause.sleeping());
    }

    /** One replica: leases in memory, default times. */
    public static LeaseKeeper local(Clock clock) {
        return new LeaseKeeper(new LocalLeases(clock), LeaseSettings.defaults(), clock);
    }

    /** The leases themselves, for work that keeps a lease its own way (e.g. for a fixed time). */
    public Leases leases() {
        return leases;
    }

    /** Whether other replicas share the leases (see {@link Leases#shared()}). */
    public boolean shared() {
        return leases.shared();
    }

    public LeaseSettings settings() {
        return settings;
    }

    /** Renews the leases kept now and then every {@link LeaseSettings#renewEvery()}. */
    public void startOn(Scheduler scheduler) {
        scheduler.every(settings.renewEvery(), this::renewAll);
    }

    /** The lease on {@code key}, kept until closed; empty when someone else holds it. */
    public Optional<Kept> tryKeep(String key) {
        return leases.tryAcquire(key, settings.ttl()).map(this::kept);
    }

    /** As {@link #tryKeep}, asking again until {@code wait} has passed. */
    public Optional<Kept> keepWithin(String key, Duration wait) {
        Instant deadline = clock.instant().plus(wait);
        while (true) {
            Optional<Kept> lease = tryKeep(key);
            if (lease.isPresent() || !clock.instant().isBefore(deadline)) {
                return lease;
            }
            try {
                pause.pause(settings.pollEvery());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private Kept kept(Leases.Lease lease) {
        Kept held = new Kept(lease, clock.instant().plus(settings.ttl()));
        inUse.put(lease.key(), held);
        return held;
    }

    /**
     * Whether work of this process runs under the lease on {@code key} and that lease is lost (see
     * {@link Kept#stillHeld()}): the work must stop.
     */
    public boolean lost(String key) {
        Kept lease = inUse.get(key);
        return lease != null && !lease.stillHeld();
    }

    /** Stops work of this process under the lease on {@code key} once that lease is lost (see {@link #lost}). */
    public void refuseIfLost(String key) {
        if (lost(key)) {
            throw new LeaseLost(key);
        }
    }

    /** Renews every lease kept (a lost one stays lost); one that cannot be renewed is lost. */
    public void renewAll() {
        inUse.values().forEach(Kept::renew);
    }

    /** A lease taken through the keeper, renewed by it until closed. */
    public final class Kept implements AutoCloseable {
        private final Leases.Lease lease;
        private volatile Instant until;
        private volatile boolean lost;

        private Kept(Leases.Lease lease, Instant until) {
            this.lease = lease;
            this.until = until;
        }

        public String key() {
            return lease.key();
        }

        /** Whether the lease was lost: another replica may be doing this work now. */
        public boolean lost() {
            return lost;
        }

        /**
         * Whether this holder may still act: true while the lease is live; past its expiry (renewals late, e.g.
         * the process paused) it is renewed first, and false when that fails, or when the store cannot be asked:
         * another replica may have taken it meanwhile.
         */
        public boolean stillHeld() {
            if (!lost && !clock.instant().isBefore(until)) {
                renew();
                return !lost && clock.instant().isBefore(until);
            }
            return !lost;
        }

        private synchronized void renew() {
            if (lost) {
                return;
            }
            Instant next = clock.instant().plus(settings.ttl());
            boolean renewed;
            try {
                renewed = lease.renew(settings.ttl());
            } catch (RuntimeException e) {
                // the store is unreachable: try again next time, while the lease may still be live
                log.warn("could not renew the {}: {}", lease, e.getMessage());
                return;
            }
            if (renewed) {
                until = next;
            } else {
                lost = true;
                log.warn("lost the {}: it expired before it was renewed and another replica took it", lease);
            }
        }

        @Override
        public void close() {
            inUse.remove(key(), this);
            if (!lost) {
                try {
                    lease.close();
                } catch (RuntimeException e) {
                    log.warn("could not give up the {}; it expires by itself: {}", lease, e.getMessage());
                }
            }
        }
    }
}
