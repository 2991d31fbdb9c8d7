package io.peerbot.standin.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Block Kit's limits, each just inside (accepted) and just past (refused with Slack's explanation). */
class BlockKitValidatorTest {

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("section text 3000", section(text("mrkdwn", 3000)), null),
                Arguments.of("section text 3001", section(text("mrkdwn", 3001)),
                        "must be less than 3001 characters [json-pointer:/blocks/0/text/text]"),
                Arguments.of("empty section text", section(text("mrkdwn", 0)),
                        "must be more than 0 characters [json-pointer:/blocks/0/text/text]"),
                Arguments.of("10 fields", fields(10, 2000), null),
                Arguments.of("11 fields", fields(11, 10), "no more than 10 items allowed [json-pointer:/blocks/0/fields]"),
                Arguments.of("field 2001", fields(1, 2001), "must be less than 2001 characters [json-pointer:/blocks/0/fields/0/text]"),
                Arguments.of("header 150", "{\"type\":\"header\",\"text\":" + text("plain_text", 150) + "}", null),
                Arguments.of("header 151", "{\"type\":\"header\",\"text\":" + text("plain_text", 151) + "}",
                        "must be less than 151 characters [json-pointer:/blocks/0/text/text]"),
                Arguments.of("mrkdwn header", "{\"type\":\"header\",\"text\":" + text("mrkdwn", 5) + "}",
                        "must be plain_text [json-pointer:/blocks/0/text/type]"),
                Arguments.of("context 10", context(10), null),
                Arguments.of("context 11", context(11), "no more than 10 items allowed [json-pointer:/blocks/0/elements]"),
                Arguments.of("actions 25", actions(25), null),
                Arguments.of("actions 26", actions(26), "no more than 25 items allowed [json-pointer:/blocks/0/elements]"),
                Arguments.of("button text 75", buttonBlock(button(75, "a", "v")), null),
                Arguments.of("button text 76", buttonBlock(button(76, "a", "v")),
                        "must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]"),
                Arguments.of("action_id 256", buttonBlock(button(5, "a".repeat(256), "v")),
                        "must be less than 256 characters [json-pointer:/blocks/0/elements/0/action_id]"),
                Arguments.of("value 2001", buttonBlock(button(5, "a", "v".repeat(2001))),
                        "must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]"),
                Arguments.of("block_id 256", "{\"type\":\"divider\",\"block_id\":\"" + "b".repeat(256) + "\"}",
                        "must be less than 256 characters [json-pointer:/blocks/0/block_id]"),
                Arguments.of("confirm at limits", buttonBlock(confirmButton(100, 300, 30, 30)), null),
                Arguments.of("confirm title 101", buttonBlock(confirmButton(101, 10, 5, 5)),
                        "must be less than 101 characters [json-pointer:/blocks/0/elements/0/confirm/title/text]"),
                Arguments.of("confirm text 301", buttonBlock(confirmButton(10, 301, 5, 5)),
                        "must be less than 301 characters [json-pointer:/blocks/0/elements/0/confirm/text/text]"),
                Arguments.of("confirm 31", buttonBlock(confirmButton(10, 10, 31, 5)),
                        "must be less than 31 characters [json-pointer:/blocks/0/elements/0/confirm/confirm/text]"),
                Arguments.of("deny 31", buttonBlock(confirmButton(10, 10, 5, 31)),
                        "must be less than 31 characters [json-pointer:/blocks/0/elements/0/confirm/deny/text]"),
                Arguments.of("duplicate action_id", "{\"type\":\"actions\",\"elements\":[" + button(3, "x", "1") + "," + button(3, "x", "2") + "]}",
                        "duplicate action_id: x [json-pointer:/blocks/0/elements/1/action_id]"),
                Arguments.of("section without text", "{\"type\":\"section\"}", "must provide either text or fields [json-pointer:/blocks/0]"),
                Arguments.of("unknown block", "{\"type\":\"carousel\"}", "unsupported type: carousel [json-pointer:/blocks/0/type]"),
                Arguments.of("bad style", buttonBlock("{\"type\":\"button\",\"text\":" + text("plain_text", 3) + ",\"style\":\"loud\"}"),
                        "must be one of [primary, danger] [json-pointer:/blocks/0/elements/0/style]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void checksLikeSlack(String name, String block, String expected) {
        JsonArray blocks = JsonParser.parseString("[" + block + "]").getAsJsonArray();
        if (expected == null) {
            assertThat(BlockKitValidator.validate(blocks)).isEmpty();
        } else {
            assertThat(BlockKitValidator.validate(blocks)).contains(expected);
        }
    }

    @Test
    void duplicateBlockIdsAreRefused() {
        JsonArray blocks = JsonParser.parseString("[{\"type\":\"divider\",\"block_id\":\"d\"},{\"type\":\"divider\",\"block_id\":\"d\"}]")
                .getAsJsonArray();
        assertThat(BlockKitValidator.validate(blocks)).containsExactly("duplicate block_id: d [json-pointer:/blocks/1/block_id]");
    }

    private static String text(String type, int length) {
        return "{\"type\":\"" + type + "\",\"text\":\"" + "t".repeat(length) + "\"}";
    }

    private static String section(String text) {
        return "{\"type\":\"section\",\"text\":" + text + "}";
    }

    private static String fields(int count, int length) {
        return "{\"type\":\"section\",\"fields\":[" + String.join(",", java.util.Collections.nCopies(count, text("mrkdwn", length))) + "]}";
    }

    private static String context(int count) {
        return "{\"type\":\"context\",\"elements\":[" + String.join(",", java.util.Collections.nCopies(count, text("mrkdwn", 3))) + "]}";
    }

    private static String actions(int count) {
        StringBuilder elements = new StringBuilder();
        for (int i = 0; i < count; i++) {
            elements.append(i == 0 ? "" : ",").append(button(3, "a" + i, "v"));
        }
        return "{\"type\":\"actions\",\"elements\":[" + elements + "]}";
    }

    private static String button(int textLength, String actionId, String value) {
        return "{\"type\":\"button\",\"text\":" + text("plain_text", textLength) + ",\"action_id\":\"" + actionId
                + "\",\"value\":\"" + value + "\"}";
    }

    private static String confirmButton(int title, int text, int confirm, int deny) {
        String dialog = "{\"title\":" + text("plain_text", title) + ",\"text\":" + text("mrkdwn", text)
                + ",\"confirm\":" + text("plain_text", confirm) + ",\"deny\":" + text("plain_text", deny) + "}";
        return "{\"type\":\"button\",\"text\":" + text("plain_text", 5) + ",\"action_id\":\"a\",\"confirm\":" + dialog + "}";
    }

    private static String buttonBlock(String button) {
        return "{\"type\":\"actions\",\"elements\":[" + button + "]}";
    }
}
