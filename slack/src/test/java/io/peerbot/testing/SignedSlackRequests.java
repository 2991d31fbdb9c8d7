package io.peerbot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's side of HTTP mode, for tests: builds the bodies Slack posts for a slash command and a button click,
 * and signs them as Slack documents it ({@code v0=} hex HMAC-SHA256 of {@code v0:timestamp:body} with the
 * signing secret), computed here independently of Bolt's own code.
 */
public final class SignedSlackRequests {
    public static final String TEAM = "T0PEERBOT";

    private final URI eventsUrl;
    private final String signingSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param eventsUrl the bot's request URL, {@code http://…/slack/events} */
    public SignedSlackRequests(URI eventsUrl, String signingSecret) {
        this.eventsUrl = eventsUrl;
        this.signingSecret = signingSecret;
    }

    /** The form body of a typed slash command, as Slack posts it. */
    public static String slashCommand(String userId, String channelId, String command, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "verification-token-unused");
        form.put("team_id", TEAM);
        form.put("team_domain", "peerbot");
        form.put("channel_id", channelId);
        form.put("channel_name", "network");
        form.put("user_id", userId);
        form.put("user_name", userId.toLowerCase());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0PEERBOT");
        form.put("is_enterprise_install", "false");
        form.put("response_url", "https://hooks.slack.invalid/commands/" + TEAM + "/1/x");
        form.put("trigger_id", "1.2.3");
        return form(form);
    }

    /** The form body of a click on a button ({@code block_actions}), as Slack posts it. */
    public static String buttonClick(String userId, String channelId, String messageTs, String blockId,
                                     String actionId, String value) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        JsonObject user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty("username", userId.toLowerCase());
        user.addProperty("team_id", TEAM);
        payload.add("user", user);
        payload.addProperty("api_app_id", "A0PEERBOT");
        payload.addProperty("token", "verification-token-unused");
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channelId);
        container.addProperty("is_ephemeral", false);
        payload.add("container", container);
        payload.addProperty("trigger_id", "1.2.4");
        JsonObject team = new JsonObject();
        team.addProperty("id", TEAM);
        team.addProperty("domain", "peerbot");
        payload.add("team", team);
        JsonObject channel = new JsonObject();
        channel.addProperty("id", channelId);
        channel.addProperty("name", "network");
        payload.add("channel", channel);
        payload.addProperty("response_url", "https://hooks.slack.invalid/actions/" + TEAM + "/1/x");
        JsonObject action = new JsonObject();
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", blockId);
        action.addProperty("value", value);
        action.addProperty("type", "button");
        action.addProperty("action_ts", messageTs);
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return form(Map.of("payload", payload.toString()));
    }

    /** Posts {@code body} signed now, as Slack does. */
    public HttpResponse<String> post(String body) {
        return post(body, Instant.now());
    }

    /** Posts {@code body} signed correctly for the given {@code X-Slack-Request-Timestamp}. */
    public HttpResponse<String> post(String body, Instant timestamp) {
        String ts = Long.toString(timestamp.getEpochSecond());
        return post(body, ts, signature(signingSecret, ts, body));
    }

    /** Posts {@code body} with exactly these headers (null: left out). */
    public HttpResponse<String> post(String body, String timestamp, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(eventsUrl).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code v0=} + hex HMAC-SHA256 of {@code v0:timestamp:body}. */
    public static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
