package io.peerbot.sandbox;

import com.google.gson.JsonObject;
import io.javalin.http.sse.SseClient;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackEvent;
import io.peerbot.standin.slack.SlackStandIn;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every open page, over Server-Sent Events, that the channel changed (a message posted, updated or
 * deleted, the bot connected or gone). The page then reads its own snapshot, so what only one person may see
 * never travels to the others.
 */
final class LiveUpdates implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    static final String CHANGED = "changed";

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final SlackStandIn.Subscription subscription;

    LiveUpdates(SlackStandIn slack) {
        subscription = slack.onEvent(this::onEvent);
    }

    /** A page connected: keep its stream open until it goes away. */
    void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendComment("connected");
    }

    int clients() {
        return clients.size();
    }

    private void onEvent(SlackEvent event) {
        JsonObject change = new JsonObject();
        if (event instanceof SlackEvent.MessagePosted posted) {
            describe(change, "posted", posted.message());
        } else if (event instanceof SlackEvent.MessageUpdated updated) {
            describe(change, "updated", updated.message());
        } else if (event instanceof SlackEvent.MessageDeleted deleted) {
            describe(change, "deleted", deleted.message());
        } else if (event instanceof SlackEvent.FileShared shared) {
            change.addProperty("kind", "file");
            change.addProperty("channel", shared.file().channel());
            change.addProperty("ts", shared.file().threadTs());
        } else if (event instanceof SlackEvent.HomePublished published) {
            change.addProperty("kind", "home");
            change.addProperty("user", published.userId());
        } else if (event instanceof SlackEvent.SocketOpened || event instanceof SlackEvent.SocketClosed) {
            change.addProperty("kind", "connection");
        } else {
            return;
        }
        String data = change.toString();
        for (SseClient client : clients) {
            try {
                client.sendEvent(CHANGED, data);
            } catch (RuntimeException e) {
                log.debug("Dropping a page that stopped listening: {}", e.getMessage());
                clients.remove(client);
            }
        }
    }

    private static void describe(JsonObject change, String kind, RecordedMessage message) {
        change.addProperty("kind", kind);
        change.addProperty("channel", message.channel());
        change.addProperty("ts", message.ts());
    }

    @Override
    public void close() {
        subscription.close();
        for (SseClient client : clients) {
            try {
                client.close();
            } catch (RuntimeException e) {
                log.debug("Closing a page's event stream: {}", e.getMessage());
            }
        }
        clients.clear();
    }
}
