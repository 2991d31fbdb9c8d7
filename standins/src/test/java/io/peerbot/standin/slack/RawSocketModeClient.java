package io.peerbot.standin.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A bare Socket Mode client (the JDK's WebSocket) for checking the wire protocol without Bolt. */
final class RawSocketModeClient implements AutoCloseable {
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private RawSocketModeClient(String url) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener()).join();
    }

    /** Asks {@code apps.connections.open} for a URL with the app token and connects to it. */
    static RawSocketModeClient connect(SlackStandIn slack) throws Exception {
        return new RawSocketModeClient(openUrl(slack));
    }

    static RawSocketModeClient connect(String url) {
        return new RawSocketModeClient(url);
    }

    static String openUrl(SlackStandIn slack) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(slack.apiUrl() + "apps.connections.open"))
                        .header("Authorization", "Bearer " + slack.appToken())
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonParser.parseString(answer.body()).getAsJsonObject().get("url").getAsString();
    }

    /** The next message from the stand-in; fails after {@code timeout}. */
    JsonObject next(Duration timeout) throws InterruptedException {
        JsonObject message = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("nothing received within " + timeout);
        }
        return message;
    }

    /**
     * The close code once the connection is seen closed, within {@code timeout}. A connection cut without a close
     * frame is seen only when this end reads its end or writes to it: the JDK's client may not read the end at once
     * (once it failed to within 15 s), so a ping is sent every 200 ms until it fails.
     */
    int awaitClosed(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return closed.get(200, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                // a ping that cannot be sent is the end seen: the JDK need not tell the listener of a failed send
                socket.sendPing(java.nio.ByteBuffer.allocate(0)).whenComplete((sent, failed) -> {
                    if (failed != null) {
                        closed.complete(-1);
                    }
                });
            }
        }
    }

    void send(JsonObject message) {
        socket.sendText(message.toString(), true).join();
    }

    void ack(String envelopeId) {
        JsonObject ack = new JsonObject();
        ack.addProperty("envelope_id", envelopeId);
        send(ack);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null).join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(JsonParser.parseString(partial.toString()).getAsJsonObject());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
