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

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread t = new Thread(work, "peerbot-watch");
        t.setDaemon(true);
        // Below the threads that answer people: a long watch run yields the CPU to their work.
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

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
