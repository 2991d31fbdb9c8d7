package io.peerbot.adapter.aws;

import io.peerbot.domain.network.Location;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the independent describes of a VPC read side by side, at most {@code threads} at a time in one account
 * and region. The pool is the gateway's own, not the engine's: a read that runs inside one of the engine's
 * calls waits here for describes that never wait for anything themselves, so neither pool can starve the other.
 * Threads are daemons and go away when idle; {@link #close()} stops them for good.
 */
final class ParallelDescribes implements AutoCloseable {
    private final ThreadPoolExecutor executor;

    ParallelDescribes(Location location, int threads) {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "ec2-describe-" + location + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
    }

    /** Starts one describe. */
    <T> CompletableFuture<T> start(Supplier<T> describe) {
        return CompletableFuture.supplyAsync(describe, executor);
    }

    /** Waits until every one of these has finished, failed or not, so no describe outlives the read. */
    static void awaitAll(CompletableFuture<?>... describes) {
        try {
            CompletableFuture.allOf(describes).exceptionally(failure -> null).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading from EC2", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The value of a finished describe, or what it threw. */
    static <T> T valueOf(CompletableFuture<T> describe) {
        try {
            return describe.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } catch (CancellationException e) {
            throw new IllegalStateException("an EC2 read was cancelled", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
