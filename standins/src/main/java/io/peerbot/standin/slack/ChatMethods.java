package io.peerbot.standin.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonObject;

import java.util.List;
import java.util.function.Supplier;

/**
 * {@code chat.postMessage} (with message metadata), {@code chat.update}, {@code chat.postEphemeral},
 * {@code chat.delete}, {@code chat.getPermalink}, {@code conversations.history} and {@code conversations.replies}.
 */
final class ChatMethods {
    private final Workspace workspace;
    private final MessageStore store;
    private final Supplier<String> permalinkBase;

    ChatMethods(Workspace workspace, MessageStore store, Supplier<String> permalinkBase) {
        this.workspace = workspace;
        this.store = store;
        this.permalinkBase = permalinkBase;
    }

    void registerWith(WebApi api) {
        api.botMethod("chat.postMessage", this::postMessage)
                .botMethod("chat.update", this::update)
                .botMethod("chat.postEphemeral", this::postEphemeral)
                .botMethod("chat.delete", this::delete)
                .botMethod("chat.getPermalink", this::getPermalink)
                .botMethod("conversations.history", this::history)
                .botMethod("conversations.replies", this::replies);
    }

    /**
     * {@code conversations.replies}: the thread's parent and its replies, oldest first, each with its metadata when
     * {@code include_all_metadata} is set; one page of up to {@code limit} (1000 at most), the rest by
     * {@code cursor} (the index of the next message).
     */
    JsonObject replies(ApiRequest r) throws ApiError {
        SlackChannel channel = visibleChannel(r.arg("channel"));
        String ts = r.arg("ts");
        if (ts == null || ts.isBlank()) {
            throw new ApiError("invalid_arguments", List.of("[ERROR] missing required field: ts"));
        }
        RecordedMessage parent = store.find(channel.id(), ts).filter(m -> !m.ephemeral() && !m.deleted())
                .orElseThrow(() -> new ApiError("thread_not_found"));
        String threadTs = parent.isReply() ? parent.threadTs() : parent.ts();
        List<RecordedMessage> thread = store.select(m -> m.channel().equals(channel.id()) && !m.ephemeral()
                && !m.deleted() && (m.ts().equals(threadTs) || threadTs.equals(m.threadTs())));
        int limit = r.arg("limit") == null ? 1000 : Math.max(1, Math.min(1000, Integer.parseInt(r.arg("limit"))));
        int from = r.arg("cursor") == null || r.arg("cursor").isBlank() ? 0 : Integer.parseInt(r.arg("cursor"));
        boolean metadata = r.flag("include_all_metadata");
        JsonArray out = new JsonArray();
        for (int i = from; i < thread.size() && out.size() < limit; i++) {
            RecordedMessage m = thread.get(i);
            JsonObject message = SlackJson.message(m, workspace, m.isReply() ? 0 : store.replyCount(m.channel(), m.ts()));
            if (metadata && m.metadataJson() != null) {
                message.add("metadata", JsonParser.parseString(m.metadataJson()));
            }
            out.add(message);
        }
        int next = from + out.size();
        JsonObject answer = new JsonObject();
        answer.add("messages", out);
        answer.addProperty("has_more", next < thread.size());
        JsonObject page = new JsonObject();
        page.addProperty("next_cursor", next < thread.size() ? String.valueOf(next) : "");
        answer.add("response_metadata", page);
        return answer;
    }

    /** {@code conversations.history}: the channel's top-level messages from {@code oldest} on, newest first. */
    JsonObject history(ApiRequest r) throws ApiError {
        SlackChannel channel = visibleChannel(r.arg("channel"));
        String oldest = r.arg("oldest");
        double from = oldest == null || oldest.isBlank() ? 0 : Double.parseDouble(oldest);
        int limit = r.arg("limit") == null ? 100 : Math.min(1000, Integer.parseInt(r.arg("limit")));
        List<RecordedMessage> messages = store.select(m -> m.channel().equals(channel.id()) && !m.ephemeral()
                && !m.isReply() && Double.parseDouble(m.ts()) >= from);
        JsonArray out = new JsonArray();
        for (int i = messages.size() - 1; i >= 0 && out.size() < limit; i--) {
            RecordedMessage m = messages.get(i);
            out.add(SlackJson.message(m, workspace, store.replyCount(m.channel(), m.ts())));
        }
        JsonObject answer = new JsonObject();
        answer.add("messages", out);
        answer.addProperty("has_more", false);
        return answer;
    }

    JsonObject postMessage(ApiRequest r) throws ApiError {
        SlackChannel channel = postableChannel(r.arg("channel"));
        String threadTs = threadTs(r);
        MessageContent content = content(r);
        RecordedMessage m = store.post(channel.id(), threadTs, r.flag("reply_broadcast"), content, r.method(),
                metadata(r.arg("metadata")));
        JsonObject answer = new JsonObject();
        answer.addProperty("channel", m.channel());
        answer.addProperty("ts", m.ts());
        answer.add("message", SlackJson.message(m, workspace, 0));
        return answer;
    }

    JsonObject update(ApiRequest r) throws ApiError {
        SlackChannel channel = visibleChannel(r.arg("channel"));
        RecordedMessage existing = channelMessage(channel, r.arg("ts"));
        MessageContent content = MessageContent.fromArguments(r.arg("text"), r.arg("blocks"));
        if (content.text() == null && content.blocksJson() == null) {
            throw new ApiError("no_text");
        }
        RecordedMessage m = store.update(channel.id(), existing.ts(), content, r.method());
        JsonObject answer = new JsonObject();
        answer.addProperty("channel", m.channel());
        answer.addProperty("ts", m.ts());
        answer.addProperty("text", m.text());
        answer.add("message", SlackJson.message(m, workspace, store.replyCount(m.channel(), m.ts())));
        return answer;
    }

    JsonObject postEphemeral(ApiRequest r) throws ApiError {
        SlackChannel channel = postableChannel(r.arg("channel"));
        SlackUser user = workspace.user(r.arg("user")).orElseThrow(() -> new ApiError("user_not_found"));
        if (!channel.isMember(user.id())) {
            throw new ApiError("user_not_in_channel");
        }
        String threadTs = threadTs(r);
        MessageContent content = content(r);
        RecordedMessage m = store.postEphemeral(channel.id(), user.id(), threadTs, content, r.method());
        JsonObject answer = new JsonObject();
        answer.addProperty("message_ts", m.ts());
        return answer;
    }

    JsonObject delete(ApiRequest r) throws ApiError {
        SlackChannel channel = visibleChannel(r.arg("channel"));
        RecordedMessage existing = channelMessage(channel, r.arg("ts"));
        store.delete(channel.id(), existing.ts(), r.method());
        JsonObject answer = new JsonObject();
        answer.addProperty("channel", channel.id());
        answer.addProperty("ts", existing.ts());
        return answer;
    }

    JsonObject getPermalink(ApiRequest r) throws ApiError {
        SlackChannel channel = visibleChannel(r.arg("channel"));
        RecordedMessage m = channelMessage(channel, r.arg("message_ts"));
        JsonObject answer = new JsonObject();
        answer.addProperty("channel", channel.id());
        answer.addProperty("permalink", permalink(m));
        return answer;
    }

    String permalink(RecordedMessage m) {
        String link = permalinkBase.get() + "archives/" + m.channel() + "/p" + m.ts().replace(".", "");
        return m.isReply() ? link + "?thread_ts=" + m.threadTs() + "&cid=" + m.channel() : link;
    }

    /** Message metadata as Slack checks it: a JSON object with a string {@code event_type} and an object payload. */
    private static String metadata(String argument) throws ApiError {
        if (argument == null || argument.isBlank()) {
            return null;
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(argument);
        } catch (JsonParseException e) {
            throw new ApiError("invalid_metadata_format");
        }
        if (!parsed.isJsonObject()) {
            throw new ApiError("invalid_metadata_format");
        }
        JsonObject metadata = parsed.getAsJsonObject();
        JsonElement type = metadata.get("event_type");
        JsonElement payload = metadata.get("event_payload");
        if (type == null || !type.isJsonPrimitive() || type.getAsString().isBlank() || payload == null
                || !payload.isJsonObject()) {
            throw new ApiError("invalid_metadata_schema");
        }
        return metadata.toString();
    }

    private MessageContent content(ApiRequest r) throws ApiError {
        MessageContent content = MessageContent.fromArguments(r.arg("text"), r.arg("blocks"));
        if (content.isEmpty() && r.arg("attachments") == null) {
            throw new ApiError("no_text");
        }
        return content;
    }

    private String threadTs(ApiRequest r) throws ApiError {
        String threadTs = r.arg("thread_ts");
        if (threadTs != null && !TsClock.isWellFormed(threadTs)) {
            throw new ApiError("invalid_thread_ts", List.of(threadTs + " is not a valid thread_ts"));
        }
        return threadTs;
    }

    /** A conversation the bot may post in: private ones it is not in do not exist for it. */
    private SlackChannel postableChannel(String channelArgument) throws ApiError {
        SlackChannel channel = visibleChannel(channelArgument);
        if (!channel.isMember(workspace.botUser().id())) {
            throw new ApiError("not_in_channel");
        }
        return channel;
    }

    private SlackChannel visibleChannel(String channelArgument) throws ApiError {
        SlackChannel channel = workspace.resolve(channelArgument).orElseThrow(() -> new ApiError("channel_not_found"));
        if (channel.isPrivate() && !channel.isMember(workspace.botUser().id())) {
            throw new ApiError("channel_not_found");
        }
        return channel;
    }

    private RecordedMessage channelMessage(SlackChannel channel, String ts) throws ApiError {
        RecordedMessage m = ts == null ? null : store.find(channel.id(), ts).orElse(null);
        if (m == null || m.deleted() || m.ephemeral()) {
            throw new ApiError("message_not_found");
        }
        return m;
    }
}
