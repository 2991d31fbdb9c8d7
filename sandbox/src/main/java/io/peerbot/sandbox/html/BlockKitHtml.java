package io.peerbot.sandbox.html;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Block Kit blocks as HTML, close to how Slack lays them out: header, section (text, fields, a button
 * accessory), context, divider, actions with buttons, image blocks as their alt text. Blocks of other types show
 * their type, so nothing the bot sends disappears silently. A message without blocks shows its {@code text}.
 */
public final class BlockKitHtml {
    private final MrkdwnHtml mrkdwn;

    public BlockKitHtml(MrkdwnHtml mrkdwn) {
        this.mrkdwn = mrkdwn;
    }

    /** {@code blocksJson} is a JSON array (or null / {@code "[]"} for none). */
    public RenderedMessage render(String blocksJson, String text) {
        JsonArray blocks = blocksJson == null || blocksJson.isBlank()
                ? new JsonArray() : JsonParser.parseString(blocksJson).getAsJsonArray();
        if (blocks.isEmpty()) {
            return new RenderedMessage("<div class=\"bk-section\"><div class=\"bk-text\">" + mrkdwn.render(text)
                    + "</div></div>", List.of());
        }
        Builder out = new Builder();
        for (JsonElement b : blocks) {
            if (b.isJsonObject()) {
                block(b.getAsJsonObject(), out);
            }
        }
        return new RenderedMessage(out.html.toString(), out.buttons);
    }

    /** Where the page serves a file the stand-in holds, by its id. */
    public static final String FILES_PATH = "/api/files/";

    private static final class Builder {
        final StringBuilder html = new StringBuilder();
        final List<PageButton> buttons = new ArrayList<>();
    }

    private void block(JsonObject block, Builder out) {
        String type = string(block, "type");
        switch (type == null ? "" : type) {
            case "header" -> out.html.append("<div class=\"bk-header\">").append(text(block.get("text")))
                    .append("</div>");
            case "section" -> section(block, out);
            case "context" -> context(block, out);
            case "divider" -> out.html.append("<hr class=\"bk-divider\">");
            case "actions" -> {
                out.html.append("<div class=\"bk-actions\">");
                for (JsonElement e : array(block, "elements")) {
                    element(e, out);
                }
                out.html.append("</div>");
            }
            case "image" -> image(block, out);
            default -> out.html.append("<div class=\"bk-unknown\">[").append(Html.escape(type))
                    .append(" block]</div>");
        }
    }

    /**
     * A file Slack hosts ({@code slack_file} by id) is shown from the page's own file route, so the page loads
     * images from itself only; any other image by its alt text.
     */
    private void image(JsonObject block, Builder out) {
        JsonElement file = block.get("slack_file");
        String alt = Html.escape(string(block, "alt_text"));
        if (file != null && file.isJsonObject() && string(file.getAsJsonObject(), "id") != null
                && string(file.getAsJsonObject(), "id").matches("F[A-Z0-9]+")) {
            out.html.append("<figure class=\"bk-image\"><img src=\"").append(FILES_PATH)
                    .append(string(file.getAsJsonObject(), "id")).append("\" alt=\"").append(alt).append("\">");
            if (block.has("title")) {
                out.html.append("<figcaption>").append(text(block.get("title"))).append("</figcaption>");
            }
            out.html.append("</figure>");
        } else {
            out.html.append("<div class=\"bk-image\">[image: ").append(alt).append("]</div>");
        }
    }

    private void section(JsonObject block, Builder out) {
        out.html.append("<div class=\"bk-section\"><div class=\"bk-section-body\">");
        if (block.has("text")) {
            out.html.append("<div class=\"bk-text\">").append(text(block.get("text"))).append("</div>");
        }
        JsonArray fields = array(block, "fields");
        if (!fields.isEmpty()) {
            out.html.append("<div class=\"bk-fields\">");
            for (JsonElement field : fields) {
                out.html.append("<div class=\"bk-field\">").append(text(field)).append("</div>");
            }
            out.html.append("</div>");
        }
        out.html.append("</div>");
        if (block.has("accessory")) {
            out.html.append("<div class=\"bk-accessory\">");
            element(block.get("accessory"), out);
            out.html.append("</div>");
        }
        out.html.append("</div>");
    }

    private void context(JsonObject block, Builder out) {
        out.html.append("<div class=\"bk-context\">");
        for (JsonElement e : array(block, "elements")) {
            JsonObject element = e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
            if ("image".equals(string(element, "type"))) {
                out.html.append("<span class=\"bk-context-image\" title=\"")
                        .append(Html.escape(string(element, "alt_text"))).append("\"></span>");
            } else {
                out.html.append("<span class=\"bk-context-text\">").append(text(element)).append("</span>");
            }
        }
        out.html.append("</div>");
    }

    private void element(JsonElement e, Builder out) {
        if (!e.isJsonObject()) {
            return;
        }
        JsonObject element = e.getAsJsonObject();
        if (!"button".equals(string(element, "type"))) {
            out.html.append("<span class=\"bk-unknown\">[").append(Html.escape(string(element, "type")))
                    .append("]</span>");
            return;
        }
        String style = style(string(element, "style"));
        String url = string(element, "url");
        PageButton button = new PageButton(out.buttons.size(), string(element, "action_id"),
                plainOf(element.get("text")), style, url != null && isWebLink(url) ? url : null, confirm(element));
        out.buttons.add(button);
        String classes = "bk-button" + (style == null ? "" : " " + style);
        if (button.url() != null) {
            out.html.append("<a class=\"").append(classes).append("\" href=\"").append(Html.escape(button.url()))
                    .append("\" target=\"_blank\" rel=\"noopener noreferrer\">");
            out.html.append(Html.escape(button.text())).append("</a>");
            return;
        }
        out.html.append("<button type=\"button\" class=\"").append(classes).append("\" data-button=\"")
                .append(button.index()).append("\" data-action-id=\"").append(Html.escape(button.actionId()))
                .append("\">").append(Html.escape(button.text())).append("</button>");
    }

    private static PageButton.Confirm confirm(JsonObject button) {
        JsonElement c = button.get("confirm");
        if (c == null || !c.isJsonObject()) {
            return null;
        }
        JsonObject dialog = c.getAsJsonObject();
        return new PageButton.Confirm(plainOf(dialog.get("title")), plainOf(dialog.get("text")),
                plainOf(dialog.get("confirm")), plainOf(dialog.get("deny")), style(string(dialog, "style")));
    }

    /** A text object as HTML: mrkdwn rendered, plain_text escaped. */
    private String text(JsonElement t) {
        if (t == null || !t.isJsonObject()) {
            return "";
        }
        JsonObject text = t.getAsJsonObject();
        String body = string(text, "text");
        return "mrkdwn".equals(string(text, "type")) ? mrkdwn.render(body) : MrkdwnHtml.plain(body);
    }

    private static String plainOf(JsonElement t) {
        return t != null && t.isJsonObject() ? string(t.getAsJsonObject(), "text") : null;
    }

    /** Only the two styles Slack knows reach the class attribute. */
    private static String style(String style) {
        return "primary".equals(style) || "danger".equals(style) ? style : null;
    }

    private static boolean isWebLink(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static JsonArray array(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e != null && e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
    }

    private static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }
}
