package io.peerbot.standin.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.javalin.http.Context;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The {@code response_url}s handed out with commands and clicks, and what happens when the app posts to one.
 * Like Slack's, each works for 30 minutes and at most 5 times.
 */
final class ResponseUrls {
    static final int MAX_USES = 5;
    static final Duration LIFETIME = Duration.ofMinutes(30);

    private static final class Issued {
        final Responder.Origin origin;
        final Instant issuedAt = Instant.now();
        final AtomicInteger uses = new AtomicInteger();
        volatile Envelope envelope;

        Issued(Responder.Origin origin) {
            this.origin = origin;
        }
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final Supplier<String> baseUrl;
    private final String teamId;
    private final Responder responder;
    private final EventLog log;

    ResponseUrls(Supplier<String> baseUrl, String teamId, Responder responder, EventLog log) {
        this.baseUrl = baseUrl;
        this.teamId = teamId;
        this.responder = responder;
        this.log = log;
    }

    /** A new URL for a command ({@code commands}) or a click ({@code actions}). */
    String issue(String kind, Responder.Origin origin) {
        String path = "hooks/" + kind + "/" + teamId + "/" + Ids.digits(13) + "/" + Ids.alnum(24);
        issued.put("/" + path, new Issued(origin));
        return baseUrl.get() + path;
    }

    /** Ties the URL to its envelope, before the envelope is written (so the app can never post first). */
    void attach(String url, Envelope envelope) {
        issued.get(url.substring(baseUrl.get().length() - 1)).envelope = envelope;
    }

    void handle(Context ctx) {
        Issued entry = issued.get(ctx.path());
        if (entry == null || entry.envelope == null) {
            reply(ctx, 404, "expired_url");
            return;
        }
        String body = ctx.body();
        String outcome;
        RecordedMessage result = null;
        int status = 200;
        if (entry.uses.incrementAndGet() > MAX_USES || Instant.now().isAfter(entry.issuedAt.plus(LIFETIME))) {
            outcome = "expired_url";
            status = 404;
        } else {
            try {
                JsonObject json = JsonParser.parseString(body).getAsJsonObject();
                result = responder.respond(entry.origin, json, "response_url");
                outcome = "ok";
            } catch (JsonParseException | IllegalStateException e) {
                outcome = "invalid_payload";
                status = 400;
            } catch (ApiError e) {
                outcome = e.error();
                status = 400;
            }
        }
        log.record(new SlackEvent.ResponseUrlUsed(new ResponseUrlPost(entry.envelope, body, outcome, result, Instant.now())));
        reply(ctx, status, outcome);
    }

    private static void reply(Context ctx, int status, String outcome) {
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", "ok".equals(outcome));
        if (!"ok".equals(outcome)) {
            answer.addProperty("error", outcome);
        }
        ctx.status(status).contentType("application/json; charset=utf-8").result(answer.toString());
    }
}
