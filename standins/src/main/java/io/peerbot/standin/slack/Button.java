package io.peerbot.standin.slack;

/**
 * A button found in a message's blocks (an {@code actions} element or a section accessory).
 *
 * @param blockId  the containing block's {@code block_id}
 * @param actionId the button's {@code action_id}
 * @param text     its label
 * @param value    its {@code value}, or null
 * @param style    {@code primary}, {@code danger} or null
 * @param url      its {@code url}, or null
 * @param confirm  its confirmation dialog, or null
 */
public record Button(String blockId, String actionId, String text, String value, String style, String url, Confirm confirm) {

    /** A button's {@code confirm} dialog. */
    public record Confirm(String title, String text, String confirm, String deny) {
    }
}
