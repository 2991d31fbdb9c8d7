package io.peerbot.sandbox.html;

/**
 * A button as the page needs it to act: which one it is in the message, and its confirm dialog.
 *
 * @param index    its place among the message's buttons; the rendered button carries it as {@code data-button}
 * @param actionId its {@code action_id}
 * @param text     its label
 * @param style    {@code primary}, {@code danger} or null
 * @param url      a link button's URL (http, https or mailto), or null
 * @param confirm  the dialog to show before the click counts, or null
 */
public record PageButton(int index, String actionId, String text, String style, String url, Confirm confirm) {

    /** A button's {@code confirm} object; {@code style} is {@code primary}, {@code danger} or null. */
    public record Confirm(String title, String text, String confirm, String deny, String style) {
    }
}
