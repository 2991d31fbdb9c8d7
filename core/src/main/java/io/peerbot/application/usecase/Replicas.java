package io.peerbot.application.usecase;

import io.peerbot.application.apply.TakeOver;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.WatchTurns;
import io.peerbot.application.port.Scheduler;
import io.peerbot.application.watch.ForeignRequestWatch;

/**
 * The background side of running as several replicas: held leases renewed, changes a dead replica left in
 * progress taken over (only when replicas share the leases: one replica finishes its own at start), and each
 * watch run by one replica at a time.
 */
public final class Replicas {
    private final LeaseKeeper keeper;
    private final WatchTurns watches;
    private final TakeOver takeOver;
    private final ForeignRequestWatch foreignRequests;

    Replicas(LeaseKeeper keeper, TakeOver takeOver, ForeignRequestWatch foreignRequests) {
        this.keeper = keeper;
        this.watches = new WatchTurns(keeper);
        this.takeOver = takeOver;
        this.foreignRequests = foreignRequests;
    }

    /**
     * Renews the leases held on {@code renewals}, and looks for abandoned changes every lease ttl on
     * {@code scheduler} when there are other replicas. Renewals must not wait behind a long watch run or a taken
     * over apply: leases of work on other threads would expire meanwhile, and another replica take that work over.
     */
    public void startOn(Scheduler scheduler, Scheduler renewals) {
        keeper.startOn(renewals);
        if (keeper.shared()) {
            takeOver.startOn(watches.of(scheduler, "take-over"), keeper.settings().ttl());
        }
    }

    /** The scheduler the drift watch runs on: its runs happen on one replica. */
    public Scheduler driftWatch(Scheduler scheduler) {
        return watches.of(scheduler, "drift");
    }

    /** The scheduler the expiry watch runs on: its runs happen on one replica. */
    public Scheduler expiryWatch(Scheduler scheduler) {
        return watches.of(scheduler, "expiry");
    }

    /**
     * The scheduler the watch for peering requests peerbot did not make runs on: its runs happen on one replica,
     * which reads back what was reported each time it takes the watch over.
     */
    public Scheduler foreignRequestWatch(Scheduler scheduler) {
        return watches.of(scheduler, "foreign-requests", foreignRequests::takenOver);
    }

    /** The changes left in progress by a replica that stopped, taken over by this one now (see {@link TakeOver}). */
    public TakeOver takeOver() {
        return takeOver;
    }
}
