package io.peerbot.standin.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Slack's Socket Mode side: one-use connection tickets from {@code apps.connections.open}, the WebSocket
 * connections, {@code hello}, envelopes out, acks in (timed), and {@code disconnect}.
 */
final class SocketModeHub implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SocketModeHub.class);
    /** Slack's limit for acknowledging an envelope. */
    static final Duration SLACK_ACK_DEADLINE = Duration.ofSeconds(3);

    /** Applies an ack's payload (a command's response); returns Slack's error for it, or null. */
    interface AckPayloadHandler {
        String apply(Envelope envelope, JsonObject payload);
    }

    /** An envelope to send, before the hub picks a connection and stamps it. */
    record Draft(String type, JsonObject payload, boolean acceptsResponsePayload, String userId, String channelId,
                 String responseUrl, String triggerId) {
    }

    private static final class Connection {
        final String id;
        final WsContext ctx;
        volatile boolean retiring;

        Connection(String id, WsContext ctx) {
            this.id = id;
            this.ctx = ctx;
        }

        synchronized void send(String text) {
            ctx.send(text);
        }
    }

    private static final class Pending {
        final Envelope envelope;
        final long sentNanos;

        Pending(Envelope envelope, long sentNanos) {
            this.envelope = envelope;
            this.sentNanos = sentNanos;
        }
    }

    private final String appId;
    private final Duration ackDeadline;
    private final EventLog log;
    private final AckPayloadHandler ackPayloadHandler;
    private final Set<String> tickets = ConcurrentHashMap.newKeySet();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicInteger connectionNumbers = new AtomicInteger();
    private final AtomicInteger turns = new AtomicInteger();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "slack-standin-ack-deadlines");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService acks = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "slack-standin-acks");
        t.setDaemon(true);
        return t;
    });
    private volatile String linkUrl;

    SocketModeHub(String appId, Duration ackDeadline, EventLog log, AckPayloadHandler ackPayloadHandler) {
        this.appId = appId;
        this.ackDeadline = ackDeadline;
        this.log = log;
        this.ackPayloadHandler = ackPayloadHandler;
    }

    void linkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    /** {@code apps.connections.open}: a fresh one-use WebSocket URL. */
    JsonObject openConnection() {
        String ticket = Ids.hex(8) + "-" + Ids.hex(4) + "-" + Ids.hex(4) + "-" + Ids.hex(4) + "-" + Ids.hex(12);
        tickets.add(ticket);
        JsonObject answer = new JsonObject();
        answer.addProperty("url", linkUrl + "?ticket=" + ticket + "&app_id=" + appId);
        return answer;
    }

    void beforeUpgrade(Context ctx) {
        String ticket = ctx.queryParam("ticket");
        if (ticket == null || !tickets.remove(ticket)) {
            throw new UnauthorizedResponse("invalid or used ticket");
        }
    }

    void onConnect(WsConnectContext ctx) {
        Connection c = new Connection("conn-" + connectionNumbers.incrementAndGet(), ctx);
        connections.add(c);
        log.record(new SlackEvent.SocketOpened(c.id, Instant.now()));
        JsonObject hello = new JsonObject();
        hello.addProperty("type", "hello");
        hello.addProperty("num_connections", openConnections());
        JsonObject debug = new JsonObject();
        debug.addProperty("host", "applink-standin-" + c.id);
        debug.addProperty("build_number", 1);
        debug.addProperty("approximate_connection_time", 18060);
        hello.add("debug_info", debug);
        JsonObject info = new JsonObject();
        info.addProperty("app_id", appId);
        hello.add("connection_info", info);
        c.send(hello.toString());
    }

    void onMessage(WsMessageContext ctx) {
        long receivedNanos = System.nanoTime();
        JsonObject message;
        try {
            message = JsonParser.parseString(ctx.message()).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            LOG.warn("Socket Mode: the app sent something that is not a JSON object: {}", ctx.message());
            return;
        }
        String envelopeId = SlackJson.string(message, "envelope_id");
        Pending p = envelopeId == null ? null : pending.remove(envelopeId);
        if (p == null) {
            LOG.warn("Socket Mode: ack for an unknown or already acknowledged envelope: {}", ctx.message());
            return;
        }
        Duration latency = Duration.ofNanos(receivedNanos - p.sentNanos);
        Instant arrived = Instant.now();
        // The ack is timed as it arrives; applying its payload (a command's answer) happens off the socket's
        // thread, in order, so that acks arriving behind it are not timed late for the stand-in's own work.
        acks.execute(() -> recordAck(p.envelope, message.get("payload"), latency, arrived));
    }

    private void recordAck(Envelope envelope, JsonElement payload, Duration latency, Instant arrived) {
        String payloadJson = payload == null || payload.isJsonNull() ? null : payload.toString();
        String payloadError = null;
        if (payload != null && payload.isJsonObject() && payload.getAsJsonObject().size() > 0) {
            payloadError = ackPayloadHandler.apply(envelope, payload.getAsJsonObject());
        }
        boolean late = latency.compareTo(ackDeadline) > 0;
        log.record(new SlackEvent.EnvelopeAcked(new Ack(envelope, payloadJson, latency, late, payloadError, arrived)));
    }

    void onClose(WsCloseContext ctx) {
        Connection c = connections.stream().filter(x -> x.ctx.sessionId().equals(ctx.sessionId())).findFirst().orElse(null);
        if (c != null) {
            connections.remove(c);
            log.record(new SlackEvent.SocketClosed(c.id, ctx.status(), ctx.reason() == null ? "" : ctx.reason(), Instant.now()));
        }
    }

    /**
     * An open connection that has not been sent a {@code disconnect}, and none still open that has: an app that
     * closes the old socket itself (as Bolt does) has by then switched to the new one.
     */
    boolean settledOnFreshConnection() {
        boolean fresh = false;
        for (Connection c : connections) {
            if (c.ctx.session.isOpen()) {
                if (c.retiring) {
                    return false;
                }
                fresh = true;
            }
        }
        return fresh;
    }

    int openConnections() {
        return (int) connections.stream().filter(c -> c.ctx.session.isOpen()).count();
    }

    /**
     * Sends on the connections not told to disconnect in turn (else on any open one), as Slack prefers the fresh
     * connection during a refresh. {@code beforeWrite} sees the stamped envelope before the app can.
     */
    Envelope send(Draft draft, Consumer<Envelope> beforeWrite) {
        Connection c = pickConnection();
        String id = Ids.envelopeId();
        JsonObject json = new JsonObject();
        json.addProperty("envelope_id", id);
        json.add("payload", draft.payload());
        json.addProperty("type", draft.type());
        json.addProperty("accepts_response_payload", draft.acceptsResponsePayload());
        Envelope envelope = new Envelope(id, draft.type(), draft.payload().toString(), draft.userId(), draft.channelId(),
                draft.responseUrl(), draft.triggerId(), c.id, Instant.now());
        beforeWrite.accept(envelope);
        log.record(new SlackEvent.EnvelopeSent(envelope));
        pending.put(id, new Pending(envelope, System.nanoTime()));
        deadlines.schedule(() -> checkAcked(envelope), ackDeadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            c.send(json.toString());
        } catch (RuntimeException e) {
            pending.remove(id);
            throw new NotConnectedException("Socket Mode connection " + c.id + " failed while sending: " + e);
        }
        return envelope;
    }

    private void checkAcked(Envelope envelope) {
        if (pending.containsKey(envelope.id())) {
            log.record(new SlackEvent.AckMissed(envelope, Instant.now()));
        }
    }

    /**
     * Slack spreads envelopes over an app's open connections (several processes of one app each hold one): in turn
     * over those not told to disconnect.
     */
    private Connection pickConnection() {
        List<Connection> open = new ArrayList<>();
        List<Connection> staying = new ArrayList<>();
        for (Connection c : connections) {
            if (c.ctx.session.isOpen()) {
                open.add(c);
                if (!c.retiring) {
                    staying.add(c);
                }
            }
        }
        if (!staying.isEmpty()) {
            return staying.get(Math.floorMod(turns.getAndIncrement(), staying.size()));
        }
        if (!open.isEmpty()) {
            return open.get(open.size() - 1);
        }
        throw new NotConnectedException("No app is connected over Socket Mode (Slack would answer dispatch_failed). "
                + "Start the SocketModeApp first, or wait with awaitConnected().");
    }

    /** Sends {@code {"type":"disconnect","reason":…}} on every open connection; closes them too if asked. */
    void disconnect(String reason, boolean close) {
        for (Connection c : connections) {
            if (!c.ctx.session.isOpen()) {
                continue;
            }
            c.retiring = true;
            JsonObject message = new JsonObject();
            message.addProperty("type", "disconnect");
            message.addProperty("reason", reason);
            JsonObject debug = new JsonObject();
            debug.addProperty("host", "applink-standin-" + c.id);
            message.add("debug_info", debug);
            try {
                c.send(message.toString());
                log.record(new SlackEvent.DisconnectSent(c.id, reason, Instant.now()));
            } catch (RuntimeException e) {
                LOG.debug("disconnect message not delivered on {}", c.id, e);
            }
            if (close) {
                c.ctx.closeSession(1000, reason);
            }
        }
    }

    /** Cuts every connection without a close frame; one that fails to be cut does not keep the others open. */
    void drop() {
        for (Connection c : connections) {
            try {
                c.ctx.session.disconnect();
            } catch (RuntimeException e) {
                LOG.warn("Socket Mode: cutting connection {} failed: {}", c.id, e.toString());
            }
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        acks.shutdownNow();
    }
}
