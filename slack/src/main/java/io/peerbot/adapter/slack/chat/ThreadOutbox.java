package io.peerbot.adapter.slack.chat;

import io.peerbot.domain.chat.MessageRef;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot writes into a thread, delivered in order and retried through Slack outages, so no AWS step waits
 * for Slack: each thread has its own line; a message Slack cannot take right now (rate limit, 5xx, network)
 * stays at the head of its line and is tried again later, with growing waits up to {@link #LONGEST_WAIT};
 * other threads' messages go on meanwhile. A message Slack refuses for good (e.g. {@code channel_not_found})
 * is logged and dropped so the line moves on. Delivery is at least once: a post whose answer was lost may
 * appear twice.
 */
final class ThreadOutbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ThreadOutbox.class);
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private final Duration firstWait;
    /** Slack's answers that mean "not now" rather than "never". */
    private static final Set<String> PASSING = Set.of("ratelimited", "io_error", "fatal_error", "internal_error",
            "service_unavailable", "request_timeout", "team_added_to_org", "interrupted");

    private record Pending(String what, Supplier<MessageRef> delivery, CompletableFuture<MessageRef> done) {
    }

    private final ScheduledThreadPoolExecutor deliveries;
    /** Runs what waits for deliveries ({@link #drained}), so no delivering thread is held by it. */
    private final ExecutorService notices = Executors.newSingleThreadExecutor(job -> {
        Thread thread = new Thread(job, "peerbot-outbox-delivered");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ArrayDeque<Pending>> lines = new HashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();
    /** What waits for deliveries ({@link #drained}) that is due or running. */
    private int noticesRunning;

    ThreadOutbox(int deliverers) {
        this(deliverers, FIRST_WAIT);
    }

    /** {@code firstWait}: before the first retry of a message; doubled for each further one. */
    ThreadOutbox(int deliverers, Duration firstWait) {
        this.firstWait = firstWait;
        AtomicInteger count = new AtomicInteger();
        this.deliveries = new ScheduledThreadPoolExecutor(deliverers, job -> {
            Thread thread = new Thread(job, "peerbot-outbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        deliveries.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Queues {@code delivery} behind what {@code thread} already has waiting; completes once Slack took it. */
    CompletableFuture<MessageRef> enqueue(MessageRef thread, String what, Supplier<MessageRef> delivery) {
        String line = thread.channel() + "/" + thread.ts();
        Pending pending = new Pending(what, delivery, new CompletableFuture<>());
        boolean start;
        synchronized (this) {
            ArrayDeque<Pending> waiting = lines.computeIfAbsent(line, l -> new ArrayDeque<>());
            start = waiting.isEmpty();
            waiting.add(pending);
        }
        if (start) {
            schedule(line, Duration.ZERO);
        }
        return pending.done();
    }

    /**
     * Completes once every message queued so far, in every thread, was delivered or refused for good; never when
     * the outbox stops first. Completes on a thread of its own.
     */
    CompletableFuture<Void> drained() {
        List<CompletableFuture<MessageRef>> pending = new ArrayList<>();
        synchronized (this) {
            lines.values().forEach(line -> line.forEach(p -> pending.add(p.done())));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(pending.stream()
                .map(done -> done.handle((posted, refused) -> null)).toArray(CompletableFuture[]::new));
        CompletableFuture<Void> drained = new CompletableFuture<>();
        all.whenComplete((ignored, never) -> {
            synchronized (this) {
                noticesRunning++;
            }
            try {
                notices.execute(() -> {
                    try {
                        drained.complete(null);
                    } finally {
                        noticeDone();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                // stopping: what waits for it is left to the next start
                noticeDone();
            }
        });
        return drained;
    }

    private synchronized void noticeDone() {
        noticesRunning--;
        notifyAll();
    }

    private void schedule(String line, Duration after) {
        try {
            deliveries.schedule(() -> drain(line), after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.warn("Stopping: {} messages for thread {} were not delivered", waiting(line), line);
        }
    }

    /**
     * Delivers {@code line}'s messages in order. Whatever goes wrong, the line is tried again later, its head still
     * first: a line left queued and unscheduled would never deliver again (only an empty line is started anew), and
     * what waits for it ({@link #drained}) never complete.
     */
    private void drain(String line) {
        try {
            deliverInOrder(line);
        } catch (Throwable e) {
            Duration wait = nextWait(line);
            log.error("Delivering to thread {} failed unexpectedly; trying again in {} s", line, wait.toSeconds(), e);
            schedule(line, wait);
        }
    }

    private void deliverInOrder(String line) {
        while (true) {
            Pending head;
            synchronized (this) {
                ArrayDeque<Pending> waiting = lines.get(line);
                head = waiting == null ? null : waiting.peek();
            }
            if (head == null) {
                return;
            }
            try {
                MessageRef posted = head.delivery().get();
                head.done().complete(posted);
            } catch (SlackCallFailed e) {
                if (passing(e.error())) {
                    Duration wait = nextWait(line);
                    log.warn("Slack could not take {} in thread {} ({}); trying again in {} s", head.what(), line,
                            e.error(), wait.toSeconds());
                    schedule(line, wait);
                    return;
                }
                log.error("Slack refused {} in thread {} for good ({}); it is dropped", head.what(), line, e.error());
                head.done().completeExceptionally(e);
            } catch (RuntimeException e) {
                log.error("Could not post {} in thread {}; it is dropped", head.what(), line, e);
                head.done().completeExceptionally(e);
            }
            synchronized (this) {
                failures.remove(line);
                ArrayDeque<Pending> waiting = lines.get(line);
                waiting.poll();
                if (waiting.isEmpty()) {
                    lines.remove(line);
                    notifyAll();
                    return;
                }
            }
        }
    }

    /** A failure without Slack's code tells nothing of its cause: it is taken as "not now". */
    private static boolean passing(String error) {
        return error == null || PASSING.contains(error) || error.startsWith("http_5");
    }

    private synchronized Duration nextWait(String line) {
        int failed = failures.merge(line, 1, Integer::sum);
        Duration wait = firstWait.multipliedBy(1L << Math.min(failed - 1, 5));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private synchronized int waiting(String line) {
        ArrayDeque<Pending> waiting = lines.get(line);
        return waiting == null ? 0 : waiting.size();
    }

    /**
     * Waits up to {@code grace} for every thread's line to be delivered and what waited for that ({@link #drained})
     * to have run; true when nothing is left waiting.
     */
    synchronized boolean awaitDelivered(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            for (long left = grace.toMillis(); !settled() && left > 0;
                 left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return settled();
    }

    private boolean settled() {
        return lines.isEmpty() && noticesRunning == 0;
    }

    /** Gives what is queued up to {@code grace} to go out, then stops. */
    void close(Duration grace) {
        if (deliveries.isShutdown()) {
            return;
        }
        awaitDelivered(grace);
        notices.shutdownNow();
        deliveries.shutdownNow();
        try {
            if (!deliveries.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("A delivery to Slack is still running after 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (!lines.isEmpty()) {
                log.warn("Stopping with messages for {} threads not delivered to Slack", lines.size());
            }
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
