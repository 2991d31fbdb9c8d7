package io.peerbot.sandbox.html;

import java.util.List;

/**
 * A message's content ready for the page.
 *
 * @param html    its blocks (or its text, when it has none) as escaped HTML
 * @param buttons its buttons, in the order of their {@code data-button} indexes
 */
public record RenderedMessage(String html, List<PageButton> buttons) {
    public RenderedMessage {
        buttons = List.copyOf(buttons);
    }
}
