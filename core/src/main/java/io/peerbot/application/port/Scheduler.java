package io.peerbot.application.port;

import java.time.Duration;

/**
 * Runs background work on a schedule, apart from the work people ask for. Tests use one whose time they move.
 */
public interface Scheduler {

    /**
     * Runs {@code task} now and then every {@code interval}, one run at a time; a run that fails is logged and
     * the next one still happens.
     */
    void every(Duration interval, Runnable task);
}
