package io.peerbot.standin.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The timeline of everything recorded, the listeners that follow it, and waiting for a condition on it.
 *
 * <p>Waiting never sleeps: each record bumps a version and signals; a waiter re-evaluates its probe whenever the
 * version moved. Probes run without this log's lock, so they may read the stores freely (which call
 * {@link #record} while holding their own monitor).
 */
final class EventLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);
    private static final int EVENTS_IN_TIMEOUT_REPORT = 80;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<SlackEvent> events = new ArrayList<>();
    private long version;
    private boolean closed;

    private final List<Consumer<? super SlackEvent>> listeners = new CopyOnWriteArrayList<>();
    // One thread delivers to listeners, in order, so a slow listener never holds up the bot's calls.
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "slack-standin-events");
        t.setDaemon(true);
        return t;
    });

    void record(SlackEvent event) {
        lock.lock();
        try {
            events.add(event);
            version++;
            changed.signalAll();
            if (!listeners.isEmpty() && !closed) {
                dispatcher.execute(() -> deliver(event));
            }
        } finally {
            lock.unlock();
        }
        LOG.debug("{}", event.describe());
    }

    private void deliver(SlackEvent event) {
        for (Consumer<? super SlackEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A stand-in event listener failed on {}", event.describe(), e);
            }
        }
    }

    List<SlackEvent> events() {
        lock.lock();
        try {
            return List.copyOf(events);
        } finally {
            lock.unlock();
        }
    }

    AutoCloseable subscribe(Consumer<? super SlackEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Returns the probe's value as soon as it has one; fails with an {@link AssertionError} that lists the
     * recorded timeline when {@code timeout} passes first.
     */
    <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = version();
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            lock.lock();
            try {
                long remaining = deadline - System.nanoTime();
                while (version == seen && remaining > 0 && !closed) {
                    remaining = changed.awaitNanos(remaining);
                }
                if (version == seen) {
                    throw new AssertionError(timeoutReport(what, timeout));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            } finally {
                lock.unlock();
            }
        }
    }

    private long version() {
        lock.lock();
        try {
            return version;
        } finally {
            lock.unlock();
        }
    }

    private String timeoutReport(String what, Duration timeout) {
        StringBuilder report = new StringBuilder()
                .append(closed ? "Stand-in closed" : "Timed out after " + timeout.toMillis() + " ms")
                .append(" waiting for ").append(what).append(". Recorded so far (").append(events.size()).append(" events):");
        int from = Math.max(0, events.size() - EVENTS_IN_TIMEOUT_REPORT);
        if (from > 0) {
            report.append("\n  … ").append(from).append(" earlier events");
        }
        for (SlackEvent e : events.subList(from, events.size())) {
            report.append("\n  ").append(e.at()).append(' ').append(e.describe());
        }
        return report.toString();
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        dispatcher.shutdown();
        try {
            dispatcher.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
