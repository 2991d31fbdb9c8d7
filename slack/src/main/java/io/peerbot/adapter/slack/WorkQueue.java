package io.peerbot.adapter.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's own threads, where commands and clicks are worked on after Bolt has acknowledged them. A fixed
 * number of workers and a bounded queue: when both are full, {@link #tryRun} says no at once instead of
 * blocking the caller (Bolt's thread) or queueing without limit. A job that throws is logged; the worker
 * lives on.
 */
public final class WorkQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WorkQueue.class);

    /** How many jobs run at once and how many may wait. */
    public record Size(int workers, int waiting) {
        /**
         * Jobs are mostly waiting on AWS and Slack (an apply waits for the peering to turn active and for the
         * connectivity test), so a few more threads than cores; 64 waiting covers a burst of clicks.
         */
        public static final Size DEFAULT = new Size(8, 64);

        public Size {
            if (workers < 1 || waiting < 1) {
                throw new IllegalArgumentException("workers and waiting must be at least 1");
            }
        }
    }

    private final ThreadPoolExecutor executor;
    private final String name;

    public WorkQueue(String name, Size size, boolean daemon) {
        this.name = name;
        this.executor = new ThreadPoolExecutor(size.workers(), size.workers(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(size.waiting()), threads(name, daemon), new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Queues the job unless the queue is full (or closed); never blocks.
     *
     * @param what says in the logs what the job was for, e.g. "/peer list by U123 in C456"
     * @return false when the job was not accepted
     */
    public boolean tryRun(String what, Runnable job) {
        try {
            executor.execute(() -> runLogged(what, job));
            return true;
        } catch (RejectedExecutionException e) {
            if (executor.isShutdown()) {
                log.info("{} is closed; turned away: {}", name, what);
                return false;
            }
            log.warn("{} is full ({} running, {} waiting); turned away: {}", name, executor.getActiveCount(),
                    executor.getQueue().size(), what);
            return false;
        }
    }

    private static void runLogged(String what, Runnable job) {
        try {
            job.run();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            log.error("Failed: {}", what, e);
        }
    }

    /** Lets queued and running jobs finish for up to {@code grace}, then interrupts what is left. */
    public void close(long grace, TimeUnit unit) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace, unit)) {
                log.warn("{}: {} jobs still running after {} {}; interrupting", name, executor.getActiveCount(),
                        grace, unit);
                executor.shutdownNow();
                executor.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(10, TimeUnit.SECONDS);
    }

    private static ThreadFactory threads(String name, boolean daemon) {
        AtomicInteger count = new AtomicInteger();
        return job -> {
            Thread thread = new Thread(job, name + "-" + count.incrementAndGet());
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
