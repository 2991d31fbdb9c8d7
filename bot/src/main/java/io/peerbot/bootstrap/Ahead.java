package io.peerbot.bootstrap;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Work a start needs later, begun at once on a daemon thread of its own, so that it overlaps with building the
 * Slack app and opening its connection. {@link #get()} waits for it and throws what the work threw.
 */
final class Ahead<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Ahead() {
    }

    /** @param name what the work is, for the thread's name ({@code peerbot-start-<name>}) */
    static <T> Ahead<T> begin(String name, Callable<T> work) {
        Ahead<T> ahead = new Ahead<>();
        Thread thread = new Thread(() -> {
            try {
                ahead.result.complete(work.call());
            } catch (Throwable e) {
                ahead.result.completeExceptionally(e);
            }
        }, "peerbot-start-" + name);
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    /** The result, once the work is done; what the work threw, as it threw it. */
    T get() throws Exception {
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
