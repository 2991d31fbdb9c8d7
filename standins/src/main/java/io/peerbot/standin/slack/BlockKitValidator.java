package io.peerbot.standin.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks message blocks against Block Kit's documented limits and answers in Slack's words:
 * {@code "must be less than 3001 characters [json-pointer:/blocks/0/text/text]"}.
 */
final class BlockKitValidator {
    static final int MAX_BLOCKS = 50;
    /** A view (a modal or the Home tab) holds up to 100 blocks. */
    static final int MAX_VIEW_BLOCKS = 100;

    private static final Set<String> PASS_THROUGH_BLOCKS = Set.of("rich_text", "file", "video", "markdown", "input");
    private static final Set<String> OTHER_ELEMENTS = Set.of("static_select", "external_select", "users_select",
            "conversations_select", "channels_select", "multi_static_select", "multi_external_select",
            "multi_users_select", "multi_conversations_select", "multi_channels_select", "overflow", "datepicker",
            "timepicker", "datetimepicker", "checkboxes", "radio_buttons", "image", "workflow_button",
            "plain_text_input", "email_text_input", "url_text_input", "number_input", "rich_text_input");
    private static final List<String> STYLES = List.of("primary", "danger");

    private final List<String> problems = new ArrayList<>();
    private final int maxBlocks;

    private BlockKitValidator(int maxBlocks) {
        this.maxBlocks = maxBlocks;
    }

    /** The problems found in a message's blocks, empty when Slack would accept them. */
    static List<String> validate(JsonArray blocks) {
        return validate(blocks, MAX_BLOCKS);
    }

    /** The problems found in up to {@code maxBlocks} blocks, empty when Slack would accept them. */
    static List<String> validate(JsonArray blocks, int maxBlocks) {
        BlockKitValidator v = new BlockKitValidator(maxBlocks);
        v.blocks(blocks);
        return List.copyOf(v.problems);
    }

    private void blocks(JsonArray blocks) {
        if (blocks.size() > maxBlocks) {
            problem("/blocks", "no more than " + maxBlocks + " items allowed");
        }
        Set<String> blockIds = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            String path = "/blocks/" + i;
            JsonObject block = object(blocks.get(i), path);
            if (block == null) {
                continue;
            }
            String blockId = optionalString(block, "block_id", path, 255);
            if (blockId != null && !blockIds.add(blockId)) {
                problem(path + "/block_id", "duplicate block_id: " + blockId);
            }
            String type = requiredString(block, "type", path);
            if (type != null) {
                block(type, block, path);
            }
        }
    }

    private void block(String type, JsonObject block, String path) {
        switch (type) {
            case "section" -> section(block, path);
            case "header" -> text(block, "text", path, 150, true, true);
            case "context" -> context(block, path);
            case "actions" -> actions(block, path);
            case "divider" -> { }
            case "image" -> image(block, path);
            default -> {
                if (!PASS_THROUGH_BLOCKS.contains(type)) {
                    problem(path + "/type", "unsupported type: " + type);
                }
            }
        }
    }

    private void section(JsonObject block, String path) {
        boolean hasText = block.has("text");
        boolean hasFields = block.has("fields");
        if (!hasText && !hasFields) {
            problem(path, "must provide either text or fields");
        }
        if (hasText) {
            text(block, "text", path, 3000, false, true);
        }
        if (hasFields) {
            JsonArray fields = array(block, "fields", path, 1, 10);
            if (fields != null) {
                for (int i = 0; i < fields.size(); i++) {
                    textObject(fields.get(i), path + "/fields/" + i, 2000, false);
                }
            }
        }
        if (block.has("accessory")) {
            element(block.get("accessory"), path + "/accessory");
        }
    }

    private void context(JsonObject block, String path) {
        JsonArray elements = array(block, "elements", path, 1, 10);
        if (elements == null) {
            return;
        }
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = path + "/elements/" + i;
            JsonObject e = object(elements.get(i), elementPath);
            if (e != null && "image".equals(stringOrNull(e, "type"))) {
                image(e, elementPath);
            } else if (e != null) {
                textObject(e, elementPath, 3000, false);
            }
        }
    }

    private void actions(JsonObject block, String path) {
        JsonArray elements = array(block, "elements", path, 1, 25);
        if (elements == null) {
            return;
        }
        Set<String> actionIds = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            String actionId = element(elements.get(i), path + "/elements/" + i);
            if (actionId != null && !actionIds.add(actionId)) {
                problem(path + "/elements/" + i + "/action_id", "duplicate action_id: " + actionId);
            }
        }
    }

    private void image(JsonObject block, String path) {
        if (block.has("slack_file")) {
            slackFile(block.get("slack_file"), path + "/slack_file");
            if (block.has("image_url")) {
                problem(path, "must provide either image_url or slack_file, not both");
            }
        } else {
            requiredString(block, "image_url", path, 3000);
        }
        requiredString(block, "alt_text", path, 2000);
        if (block.has("title")) {
            text(block, "title", path, 2000, true, true);
        }
    }

    /** A Slack file object: a file's {@code id} or its {@code url}, exactly one of them. */
    private void slackFile(JsonElement json, String path) {
        JsonObject file = object(json, path);
        if (file == null) {
            return;
        }
        boolean id = file.has("id");
        boolean url = file.has("url");
        if (id == url) {
            problem(path, "must provide either id or url");
        } else if (id) {
            String value = requiredString(file, "id", path);
            if (value != null && !value.matches("F[A-Z0-9]{6,}")) {
                problem(path + "/id", "not a file id: " + value);
            }
        } else {
            requiredString(file, "url", path, 3000);
        }
    }

    /** Checks an interactive element; returns its action_id. */
    private String element(JsonElement json, String path) {
        JsonObject e = object(json, path);
        if (e == null) {
            return null;
        }
        String type = requiredString(e, "type", path);
        String actionId = optionalString(e, "action_id", path, 255);
        if ("button".equals(type)) {
            text(e, "text", path, 75, true, true);
            optionalString(e, "value", path, 2000);
            optionalString(e, "url", path, 3000);
            String style = optionalString(e, "style", path, 100);
            if (style != null && !STYLES.contains(style)) {
                problem(path + "/style", "must be one of " + STYLES);
            }
        } else if (type != null && !OTHER_ELEMENTS.contains(type)) {
            problem(path + "/type", "unsupported type: " + type);
        }
        if (e.has("confirm")) {
            confirm(e.get("confirm"), path + "/confirm");
        }
        return actionId;
    }

    private void confirm(JsonElement json, String path) {
        JsonObject c = object(json, path);
        if (c == null) {
            return;
        }
        text(c, "title", path, 100, true, true);
        text(c, "text", path, 300, false, true);
        text(c, "confirm", path, 30, true, true);
        text(c, "deny", path, 30, true, true);
        String style = optionalString(c, "style", path, 100);
        if (style != null && !STYLES.contains(style)) {
            problem(path + "/style", "must be one of " + STYLES);
        }
    }

    private void text(JsonObject parent, String field, String path, int max, boolean plainOnly, boolean required) {
        if (!parent.has(field)) {
            if (required) {
                problem(path, "missing required field: " + field);
            }
            return;
        }
        textObject(parent.get(field), path + "/" + field, max, plainOnly);
    }

    private void textObject(JsonElement json, String path, int max, boolean plainOnly) {
        JsonObject t = object(json, path);
        if (t == null) {
            return;
        }
        String type = requiredString(t, "type", path);
        if (type != null && !type.equals("plain_text") && !type.equals("mrkdwn")) {
            problem(path + "/type", "must be one of [plain_text, mrkdwn]");
        } else if (plainOnly && "mrkdwn".equals(type)) {
            problem(path + "/type", "must be plain_text");
        }
        String text = requiredString(t, "text", path);
        if (text != null) {
            length(text, path + "/text", max);
        }
    }

    private JsonArray array(JsonObject parent, String field, String path, int min, int max) {
        JsonElement e = parent.get(field);
        if (e == null) {
            problem(path, "missing required field: " + field);
            return null;
        }
        if (!e.isJsonArray()) {
            problem(path + "/" + field, "expected array");
            return null;
        }
        JsonArray a = e.getAsJsonArray();
        if (a.size() < min) {
            problem(path + "/" + field, "must provide at least " + min + " items");
        }
        if (a.size() > max) {
            problem(path + "/" + field, "no more than " + max + " items allowed");
        }
        return a;
    }

    private JsonObject object(JsonElement e, String path) {
        if (e == null || !e.isJsonObject()) {
            problem(path, "expected object");
            return null;
        }
        return e.getAsJsonObject();
    }

    private String requiredString(JsonObject o, String field, String path) {
        return requiredString(o, field, path, Integer.MAX_VALUE);
    }

    private String requiredString(JsonObject o, String field, String path, int max) {
        if (!o.has(field) || o.get(field).isJsonNull()) {
            problem(path, "missing required field: " + field);
            return null;
        }
        return optionalString(o, field, path, max);
    }

    private String optionalString(JsonObject o, String field, String path, int max) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            problem(path + "/" + field, "expected string");
            return null;
        }
        String s = e.getAsString();
        length(s, path + "/" + field, max);
        return s;
    }

    private void length(String s, String path, int max) {
        if (s.isEmpty()) {
            problem(path, "must be more than 0 characters");
        } else if (s.length() > max) {
            problem(path, "must be less than " + (max + 1) + " characters");
        }
    }

    private static String stringOrNull(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private void problem(String pointer, String what) {
        problems.add(what + " [json-pointer:" + pointer + "]");
    }
}
