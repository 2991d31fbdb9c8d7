package io.peerbot.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.peerbot.standin.slack.SlackStandIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the Slack stand-in's Web API as the bot would, for tests that need messages without a bot. */
final class WebApiCalls {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final SlackStandIn slack;

    WebApiCalls(SlackStandIn slack) {
        this.slack = slack;
    }

    /** Calls {@code method} with a JSON body; returns Slack's answer, failing unless it is {@code ok}. */
    JsonObject call(String method, JsonObject arguments) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(slack.apiUrl() + method))
                .header("Authorization", "Bearer " + slack.botToken())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(arguments.toString()))
                .build();
        JsonObject answer = JsonParser.parseString(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body())
                .getAsJsonObject();
        if (!answer.get("ok").getAsBoolean()) {
            throw new AssertionError(method + " failed: " + answer);
        }
        return answer;
    }

    /** Shares a text file in {@code threadTs} of {@code channel} with Slack's external upload; returns its ID. */
    String shareFile(String channel, String threadTs, String filename, String title, String text) throws Exception {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonObject ask = new JsonObject();
        ask.addProperty("filename", filename);
        ask.addProperty("length", bytes.length);
        JsonObject ticket = call("files.getUploadURLExternal", ask);
        HTTP.send(HttpRequest.newBuilder(URI.create(ticket.get("upload_url").getAsString()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.discarding());
        JsonObject complete = new JsonObject();
        complete.add("files", JsonParser.parseString("[{\"id\":\"" + ticket.get("file_id").getAsString()
                + "\",\"title\":\"" + title + "\"}]"));
        complete.addProperty("channel_id", channel);
        complete.addProperty("thread_ts", threadTs);
        call("files.completeUploadExternal", complete);
        return ticket.get("file_id").getAsString();
    }

    /** Posts {@code text} (and {@code blocksJson}, when not null) in {@code channel}; returns its ts. */
    String post(String channel, String text, String blocksJson) throws Exception {
        JsonObject args = new JsonObject();
        args.addProperty("channel", channel);
        args.addProperty("text", text);
        if (blocksJson != null) {
            args.add("blocks", JsonParser.parseString(blocksJson));
        }
        return call("chat.postMessage", args).get("ts").getAsString();
    }
}
