package io.peerbot.application.lease;

import io.peerbot.application.port.Scheduler;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background watch runs on one replica at a time, so what it posts is posted once: the replica that holds the
 * watch's lease. It keeps the lease (renewed by the {@link LeaseKeeper}) for as long as it runs; the others look
 * at each of their runs whether it is free, and one takes the watch over once the holder stopped and its lease
 * expired.
 */
public final class WatchTurns {
    private static final Logger log = LoggerFactory.getLogger(WatchTurns.class);

    private final LeaseKeeper keeper;
    private final Map<String, LeaseKeeper.Kept> held = new ConcurrentHashMap<>();

    public WatchTurns(LeaseKeeper keeper) {
        this.keeper = keeper;
    }

    /**
     * A scheduler whose runs happen only while this replica holds {@code watch}'s lease; {@code takenUp} runs
     * each time the lease is taken (the first time included), before the run, so the watch can catch up on what
     * another replica did meanwhile.
     */
    public Scheduler of(Scheduler scheduler, String watch, Runnable takenUp) {
        return (interval, task) -> scheduler.every(interval, () -> {
            if (holds(watch, takenUp)) {
                task.run();
            }
        });
    }

    public Scheduler of(Scheduler scheduler, String watch) {
        return of(scheduler, watch, () -> { });
    }

    /** Whether this replica holds the watch's lease now, taking it when it is free. */
    public synchronized boolean holds(String watch, Runnable takenUp) {
        LeaseKeeper.Kept lease = held.get(watch);
        if (lease != null && lease.stillHeld()) {
            return true;
        }
        Optional<LeaseKeeper.Kept> taken = keeper.tryKeep(LeaseKeys.watch(watch));
        if (taken.isEmpty()) {
            held.remove(watch);
            return false;
        }
        held.put(watch, taken.get());
        if (lease != null || keeper.shared()) {
            log.info("this replica runs the {} watch now", watch);
        }
        takenUp.run();
        return true;
    }

}
