package io.peerbot.sandbox;

/**
 * One thing to try in the sandbox, shown on the page and printed at start.
 *
 * @param title   what it shows, in a few words
 * @param userId  who should type it
 * @param command the {@code /peer …} command, or null when the hint is a click
 * @param then    what to do or look for next
 */
public record Hint(String title, String userId, String command, String then) {
}
