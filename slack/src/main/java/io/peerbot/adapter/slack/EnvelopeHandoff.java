package io.peerbot.adapter.slack;

import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.queue.SocketModeMessageQueue;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode's message queue, replaced so that each envelope is processed (parsed, routed, acknowledged) as soon
 * as it arrives. The SDK's pollers each take one message per 10 ms tick, so a burst of envelopes is taken at no
 * more than a thousand a second and each waits for a tick: 200 commands typed at once waited 100–200 ms for their
 * ack while processing one took half a millisecond. Here {@link #add} hands the envelope to a pool of threads at
 * once. What the SDK queued before the swap is still handed out by {@link #poll} to the SDK's pollers.
 *
 * <p>Processing at once opens a race the pollers' tick used to hide. When Slack asks for a new connection, the SDK
 * opens it (processing the {@code disconnect} message) and only then makes it the one acks go out on: an envelope
 * arriving on it meanwhile was acknowledged on the old, closed connection and lost. So an envelope waits while a
 * {@code disconnect} is being processed, and after a connection closed (the SDK reconnecting on its own) until the
 * client's connection answers a ping.
 */
final class EnvelopeHandoff implements SocketModeMessageQueue, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnvelopeHandoff.class);

    /** A {@code disconnect} message: its raw JSON has this only as a key and value, never inside a string. */
    private static final String DISCONNECT = "\"type\":\"disconnect\"";
    /** Longest an envelope waits for a new connection; past it, the ack is tried anyway. */
    private static final Duration LONGEST_RECONNECT = Duration.ofSeconds(5);
    private static final Duration ASK_AGAIN_AFTER = Duration.ofMillis(10);

    private final SocketModeClient client;
    private final SocketModeMessageQueue before;
    private final ExecutorService processors;
    private final AcksFirst acks;
    /** {@code disconnect} messages being processed: the SDK is opening a new connection. */
    private int reconnecting;
    /** A connection closed, and the client's connection has not answered a ping since. */
    private volatile boolean closed;

    private EnvelopeHandoff(SocketModeClient client, int threads, AcksFirst acks) {
        this.client = client;
        this.acks = acks;
        this.before = client.getMessageQueue();
        AtomicInteger count = new AtomicInteger();
        this.processors = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "peerbot-envelope-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Puts a handoff in place of {@code client}'s queue, processing envelopes on {@code threads} threads and telling
     * {@code acks} of each envelope from its arrival until its ack is sent.
     */
    static EnvelopeHandoff install(SocketModeClient client, int threads, AcksFirst acks) {
        EnvelopeHandoff handoff = new EnvelopeHandoff(client, threads, acks);
        client.setMessageQueue(handoff);
        client.addWebSocketCloseListener((code, reason) -> handoff.closed = true);
        return handoff;
    }

    @Override
    public void add(String message) {
        acks.arrived();
        try {
            processors.execute(() -> process(message));
        } catch (RejectedExecutionException stopping) {
            acks.acked();
            // Not acknowledged, so Slack sends it again to a connection that is still open.
            log.debug("Socket Mode: an envelope arrived while stopping; left for Slack to send again");
        }
    }

    private void process(String message) {
        boolean disconnect = message.contains(DISCONNECT);
        try {
            if (disconnect) {
                reconnectBegins();
            } else {
                awaitConnection();
            }
            client.processMessage(message);
        } catch (IOException | RuntimeException e) {
            log.error("Socket Mode: processing an envelope failed: {}", e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (disconnect) {
                reconnectEnds();
            }
            acks.acked();
        }
    }

    private synchronized void reconnectBegins() {
        reconnecting++;
    }

    private synchronized void reconnectEnds() {
        reconnecting--;
        notifyAll();
    }

    /** Returns once no new connection is being opened and, after a close, the client's connection answers. */
    private void awaitConnection() throws InterruptedException {
        long deadline = System.nanoTime() + LONGEST_RECONNECT.toNanos();
        synchronized (this) {
            long left;
            while (reconnecting > 0 && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
        while (closed && System.nanoTime() < deadline) {
            if (client.verifyConnection()) {
                closed = false;
            } else {
                Thread.sleep(ASK_AGAIN_AFTER.toMillis());
            }
        }
    }

    @Override
    public String poll() {
        return before.poll();
    }

    /** Stops taking envelopes; those being processed get a moment to finish their ack. */
    @Override
    public void close() {
        processors.shutdown();
        try {
            processors.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        processors.shutdownNow();
    }
}
