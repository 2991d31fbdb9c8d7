package io.peerbot.standin.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.util.List;

/**
 * The text and blocks of a message as the app sent them, checked as Slack checks them. Either part may be null
 * when the app left it out (which matters to {@code chat.update}: absent blocks are kept).
 */
record MessageContent(String text, String blocksJson) {
    static final int MAX_TEXT = 40_000;

    /** From Web API arguments, where {@code blocks} arrives as JSON text. */
    static MessageContent fromArguments(String text, String blocksArgument) throws ApiError {
        JsonElement blocks = null;
        if (blocksArgument != null && !blocksArgument.isBlank()) {
            try {
                blocks = JsonParser.parseString(blocksArgument);
            } catch (JsonParseException e) {
                throw new ApiError("invalid_blocks_format");
            }
        }
        return of(text, blocks);
    }

    /** From a JSON body (a {@code response_url} post or an ack payload). */
    static MessageContent fromJson(JsonObject body) throws ApiError {
        JsonElement text = body.get("text");
        JsonElement blocks = body.get("blocks");
        if (blocks != null && blocks.isJsonPrimitive()) {
            return fromArguments(text == null || text.isJsonNull() ? null : text.getAsString(), blocks.getAsString());
        }
        return of(text == null || text.isJsonNull() ? null : text.getAsString(), blocks == null || blocks.isJsonNull() ? null : blocks);
    }

    private static MessageContent of(String text, JsonElement blocks) throws ApiError {
        if (text != null && text.length() > MAX_TEXT) {
            throw new ApiError("msg_too_long");
        }
        if (blocks == null) {
            return new MessageContent(text, null);
        }
        if (!blocks.isJsonArray()) {
            throw new ApiError("invalid_blocks_format");
        }
        JsonArray array = blocks.getAsJsonArray().deepCopy();
        List<String> problems = BlockKitValidator.validate(array);
        if (!problems.isEmpty()) {
            throw new ApiError("invalid_blocks", problems);
        }
        fillGeneratedIds(array);
        return new MessageContent(text, array.toString());
    }

    boolean isEmpty() {
        return (text == null || text.isEmpty()) && (blocksJson == null || blocksJson.equals("[]"));
    }

    /** Slack gives every block a block_id and every interactive element an action_id the app left out. */
    private static void fillGeneratedIds(JsonArray blocks) {
        for (JsonElement b : blocks) {
            JsonObject block = b.getAsJsonObject();
            if (!block.has("block_id")) {
                block.addProperty("block_id", Ids.alnum(5));
            }
            if (block.has("accessory") && block.get("accessory").isJsonObject()) {
                fillActionId(block.getAsJsonObject("accessory"));
            }
            if ("actions".equals(block.get("type").getAsString())) {
                for (JsonElement e : block.getAsJsonArray("elements")) {
                    fillActionId(e.getAsJsonObject());
                }
            }
        }
    }

    private static void fillActionId(JsonObject element) {
        if (!element.has("action_id") && !"image".equals(element.get("type").getAsString())) {
            element.addProperty("action_id", Ids.alnum(5));
        }
    }
}
