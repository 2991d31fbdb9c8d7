package io.peerbot.standin.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message as the stand-in holds it at one moment: a snapshot, never updated in place. Ask the stand-in again
 * (e.g. {@link SlackStandIn#message(String, String)}) for the current version.
 *
 * @param channel        conversation ID
 * @param ts             the message's timestamp ID
 * @param threadTs       the parent's ts when this is a thread reply, else null
 * @param user           author: the bot's user ID for everything the bot posts
 * @param text           current {@code text}
 * @param blocksJson     current blocks as a JSON array ({@code "[]"} when none); Slack's generated
 *                       {@code block_id}/{@code action_id} are filled in
 * @param ephemeral      shown only to {@code recipient}
 * @param recipient      for an ephemeral message, who sees it; else null
 * @param replyBroadcast a thread reply also shown in the channel
 * @param deleted        deleted since it was posted
 * @param versions       every version of the content, oldest first; the last one is current
 * @param metadataJson   the message metadata it was posted with ({@code event_type}, {@code event_payload}) as
 *                       JSON, or null
 */
public record RecordedMessage(
        String channel,
        String ts,
        String threadTs,
        String user,
        String text,
        String blocksJson,
        boolean ephemeral,
        String recipient,
        boolean replyBroadcast,
        boolean deleted,
        List<MessageVersion> versions,
        String metadataJson) {

    public RecordedMessage {
        versions = List.copyOf(versions);
    }

    /** A thread reply (not a top-level message). */
    public boolean isReply() {
        return threadTs != null && !threadTs.equals(ts);
    }

    /** Changed at least once since it was posted. */
    public boolean edited() {
        return versions.size() > 1;
    }

    /** A fresh copy of the blocks. */
    public JsonArray blocks() {
        return JsonParser.parseString(blocksJson).getAsJsonArray();
    }

    /** Every button in the blocks, in order. */
    public List<Button> buttons() {
        List<Button> buttons = new ArrayList<>();
        for (JsonElement b : blocks()) {
            JsonObject block = b.getAsJsonObject();
            String blockId = string(block, "block_id");
            if (block.has("accessory")) {
                addButton(buttons, blockId, block.get("accessory"));
            }
            if (block.has("elements") && "actions".equals(string(block, "type"))) {
                for (JsonElement e : block.getAsJsonArray("elements")) {
                    addButton(buttons, blockId, e);
                }
            }
        }
        return buttons;
    }

    public Optional<Button> button(String actionId) {
        return buttons().stream().filter(b -> b.actionId().equals(actionId)).findFirst();
    }

    public boolean hasButton(String actionId) {
        return button(actionId).isPresent();
    }

    /**
     * The text a person reads: {@code text} and every text in the blocks (section text and fields, headers,
     * context, button labels), one per line. Handy for {@code contains} assertions.
     */
    public String allText() {
        StringBuilder out = new StringBuilder(text == null ? "" : text);
        collectTexts(blocks(), out);
        return out.toString();
    }

    private static void collectTexts(JsonElement element, StringBuilder out) {
        if (element.isJsonArray()) {
            for (JsonElement e : element.getAsJsonArray()) {
                collectTexts(e, out);
            }
        } else if (element.isJsonObject()) {
            JsonObject o = element.getAsJsonObject();
            String type = string(o, "type");
            if (("plain_text".equals(type) || "mrkdwn".equals(type)) && o.has("text")) {
                out.append('\n').append(string(o, "text"));
                return;
            }
            for (var entry : o.entrySet()) {
                if (!entry.getKey().equals("confirm")) {
                    collectTexts(entry.getValue(), out);
                }
            }
        }
    }

    private static void addButton(List<Button> buttons, String blockId, JsonElement element) {
        if (!element.isJsonObject()) {
            return;
        }
        JsonObject e = element.getAsJsonObject();
        if (!"button".equals(string(e, "type"))) {
            return;
        }
        Button.Confirm confirm = null;
        if (e.has("confirm") && e.get("confirm").isJsonObject()) {
            JsonObject c = e.getAsJsonObject("confirm");
            confirm = new Button.Confirm(text(c, "title"), text(c, "text"), text(c, "confirm"), text(c, "deny"));
        }
        buttons.add(new Button(blockId, string(e, "action_id"), text(e, "text"), string(e, "value"),
                string(e, "style"), string(e, "url"), confirm));
    }

    private static String text(JsonObject o, String field) {
        JsonElement t = o.get(field);
        return t != null && t.isJsonObject() ? string(t.getAsJsonObject(), "text") : null;
    }

    private static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
