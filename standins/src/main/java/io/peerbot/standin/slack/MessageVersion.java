package io.peerbot.standin.slack;

import java.time.Instant;

/**
 * One version of a message's content.
 *
 * @param text       the {@code text} field
 * @param blocksJson the blocks as a JSON array ({@code "[]"} when none)
 * @param at         when this version was written
 * @param via        what wrote it: {@code chat.postMessage}, {@code chat.update}, {@code response_url}, …
 */
public record MessageVersion(String text, String blocksJson, Instant at, String via) {
}
