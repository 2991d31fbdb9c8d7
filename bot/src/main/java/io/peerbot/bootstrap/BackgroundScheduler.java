package io.peerbot.bootstrap;

import io.peerbot.application.port.Scheduler;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work on one daemon thread of its own, so a long run never holds up what people ask for. Runs
 * follow each other with the interval between them; a run that fails is logged and the next one still happens.
 */
final class BackgroundScheduler implements Scheduler, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundScheduler.class);

    private final ScheduledExecutorService thread;

    private BackgroundScheduler(String name, int priority) {
        this.thread = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        });
    }

    /**
     * For the watches: below the threads that answer people, so a long watch run yields the CPU to their work.
     */
    static BackgroundScheduler forWatches() {
        return new BackgroundScheduler("peerbot-watch", Thread.MIN_PRIORITY);
    }

    /**
     * For renewing the leases held: never behind a watch run, which may outlast a lease's ttl, and not below the
     * threads whose applies hold those leases.
     */
    static BackgroundScheduler forLeases() {
        return new BackgroundScheduler("peerbot-leases", Thread.NORM_PRIORITY);
    }

    @Override
    public void every(Duration interval, Runnable task) {
        thread.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("a background run failed; the next one runs in {}", interval, e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
