package io.peerbot.adapter.slack;

import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.thread.DaemonThreadExecutorServiceProvider;
import com.slack.api.util.thread.ExecutorServiceProvider;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Slack SDK's threads, with one change: Socket Mode's envelopes are taken off the socket by
 * {@link SocketModeClient#DEFAULT_MESSAGE_PROCESSOR_CONCURRENCY} pollers, but the SDK runs them all on one thread,
 * so in a burst of commands each ack waits for every envelope ahead of it to be parsed, routed and acknowledged.
 * Here the pollers get a thread each and acknowledge side by side. The listeners only hand work to the bot's own
 * queues, which take jobs from any thread.
 */
final class SocketModeThreads implements ExecutorServiceProvider {
    /** How the SDK names the executor of Socket Mode's message processing. */
    static final String MESSAGE_PROCESSOR = "-message-processor";

    private final ExecutorServiceProvider sdk = DaemonThreadExecutorServiceProvider.getInstance();
    private final int processors;

    SocketModeThreads() {
        this(SocketModeClient.DEFAULT_MESSAGE_PROCESSOR_CONCURRENCY);
    }

    SocketModeThreads(int processors) {
        this.processors = processors;
    }

    @Override
    public ExecutorService createThreadPoolExecutor(String threadGroupName, int poolSize) {
        return sdk.createThreadPoolExecutor(threadGroupName, poolSize);
    }

    @Override
    public ScheduledExecutorService createThreadScheduledExecutor(String threadGroupName) {
        if (!threadGroupName.endsWith(MESSAGE_PROCESSOR)) {
            return sdk.createThreadScheduledExecutor(threadGroupName);
        }
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(processors, task -> {
            Thread thread = new Thread(task, threadGroupName + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
