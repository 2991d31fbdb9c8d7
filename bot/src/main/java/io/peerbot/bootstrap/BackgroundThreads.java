package io.peerbot.bootstrap;

import io.peerbot.application.port.Scheduler;

/**
 * The bot's background work: the watches (drift, expiry, take-over, requests it did not make) on one thread, and
 * the renewals of the leases it holds on another, so a lease is renewed in time however long a watch run takes.
 */
final class BackgroundThreads implements AutoCloseable {
    private final BackgroundScheduler watches;
    private final BackgroundScheduler leases;

    private BackgroundThreads(BackgroundScheduler watches, BackgroundScheduler leases) {
        this.watches = watches;
        this.leases = leases;
    }

    static BackgroundThreads start() {
        return new BackgroundThreads(BackgroundScheduler.forWatches(), BackgroundScheduler.forLeases());
    }

    Scheduler watches() {
        return watches;
    }

    Scheduler leases() {
        return leases;
    }

    @Override
    public void close() {
        watches.close();
        leases.close();
    }
}
