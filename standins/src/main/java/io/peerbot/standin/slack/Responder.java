package io.peerbot.standin.slack;

import com.google.gson.JsonObject;

/**
 * Applies a response to a command or a click, as Slack does for {@code response_url} posts and for a slash
 * command's ack payload: {@code delete_original}, {@code replace_original} (actions only), else a new message,
 * ephemeral to the person unless {@code response_type} is {@code in_channel}.
 */
final class Responder {

    /**
     * What a response answers.
     *
     * @param userId    who typed or clicked
     * @param channelId where
     * @param sourceTs  the message whose button was clicked, or null for a command
     */
    record Origin(String userId, String channelId, String sourceTs) {
    }

    private final MessageStore store;

    Responder(MessageStore store) {
        this.store = store;
    }

    /** Returns the message posted or replaced, or null when the response only deleted. */
    RecordedMessage respond(Origin origin, JsonObject body, String via) throws ApiError {
        MessageContent content = MessageContent.fromJson(body);
        if (SlackJson.bool(body, "delete_original")) {
            if (origin.sourceTs() != null) {
                store.delete(origin.channelId(), origin.sourceTs(), via);
            }
            return content.isEmpty() ? null : post(origin, body, content, via);
        }
        if (content.isEmpty()) {
            throw new ApiError("no_text");
        }
        if (SlackJson.bool(body, "replace_original") && origin.sourceTs() != null) {
            // Replacing swaps the whole message: parts left out are gone, unlike chat.update.
            MessageContent whole = new MessageContent(
                    content.text() == null ? "" : content.text(),
                    content.blocksJson() == null ? "[]" : content.blocksJson());
            return store.update(origin.channelId(), origin.sourceTs(), whole, via);
        }
        return post(origin, body, content, via);
    }

    private RecordedMessage post(Origin origin, JsonObject body, MessageContent content, String via) throws ApiError {
        String threadTs = SlackJson.string(body, "thread_ts");
        if (threadTs != null && !TsClock.isWellFormed(threadTs)) {
            throw new ApiError("invalid_thread_ts");
        }
        if ("in_channel".equals(SlackJson.string(body, "response_type"))) {
            return store.post(origin.channelId(), threadTs, false, content, via);
        }
        return store.postEphemeral(origin.channelId(), origin.userId(), threadTs, content, via);
    }
}
