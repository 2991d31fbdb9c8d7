package io.peerbot.application.engine;

import io.peerbot.domain.network.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs EC2 calls in parallel, at most {@code perLocation} at a time in each account and region (EC2
 * throttles per account and region), however many applies run at once. Threads are daemons and go
 * away when idle, so nothing needs closing.
 */
final class ParallelCalls {
    /** One piece of work and the account and region whose EC2 it calls. */
    record Call<T>(Location location, Supplier<T> work) {
    }

    /** What each call returned, or threw, in the order given. */
    record Outcome<T>(T value, RuntimeException failure) {
        boolean ok() {
            return failure == null;
        }
    }

    private final int perLocation;
    private final Map<Location, ThreadPoolExecutor> executors = new ConcurrentHashMap<>();

    ParallelCalls(int perLocation) {
        this.perLocation = perLocation;
    }

    /** Starts one call; see {@link #await}. */
    <T> Future<T> submit(Location location, Supplier<T> work) {
        return executor(location).submit(work::get);
    }

    /** The call's value, or what it threw. */
    static <T> T await(Future<T> future) {
        Outcome<T> outcome = outcome(future);
        if (!outcome.ok()) {
            throw outcome.failure();
        }
        return outcome.value();
    }

    /** Runs every call and waits for all of them, failed or not; then returns their outcomes. */
    <T> List<Outcome<T>> runAll(List<Call<T>> calls) {
        return outcomes(startAll(calls));
    }

    /** Starts every call; see {@link #outcomes}. Batches started one after another run side by side. */
    <T> List<Future<T>> startAll(List<Call<T>> calls) {
        List<Future<T>> futures = new ArrayList<>();
        for (Call<T> call : calls) {
            futures.add(submit(call.location(), call.work()));
        }
        return futures;
    }

    /** Waits for every started call, failed or not; then returns their outcomes, in order. */
    static <T> List<Outcome<T>> outcomes(List<Future<T>> futures) {
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (Future<T> future : futures) {
            outcomes.add(outcome(future));
        }
        return outcomes;
    }

    /** Runs every call; returns their values, or throws the first failure once all have finished. */
    <T> List<T> all(List<Call<T>> calls) {
        List<Outcome<T>> outcomes = runAll(calls);
        throwFirstFailure(outcomes);
        return outcomes.stream().map(Outcome::value).toList();
    }

    static void throwFirstFailure(List<? extends Outcome<?>> outcomes) {
        RuntimeException first = null;
        for (Outcome<?> outcome : outcomes) {
            if (!outcome.ok()) {
                if (first == null) {
                    first = outcome.failure();
                } else if (first != outcome.failure()) {
                    first.addSuppressed(outcome.failure());
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static <T> Outcome<T> outcome(Future<T> future) {
        try {
            return new Outcome<>(future.get(), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                return new Outcome<>(null, runtime);
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return new Outcome<>(null, new IllegalStateException(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Outcome<>(null, new IllegalStateException("interrupted while waiting for EC2", e));
        }
    }

    private ThreadPoolExecutor executor(Location location) {
        return executors.computeIfAbsent(location, l -> {
            AtomicInteger count = new AtomicInteger();
            ThreadPoolExecutor executor = new ThreadPoolExecutor(perLocation, perLocation, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, "ec2-" + l + "-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            executor.allowCoreThreadTimeOut(true);
            return executor;
        });
    }
}
