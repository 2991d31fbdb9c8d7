package io.peerbot.domain.chat;

/**
 * A message in the chat: its channel and timestamp (Slack's {@code ts}). A peering's first message also names
 * its thread, where every later message about it goes.
 */
public record MessageRef(String channel, String ts) {
    /** Another message of the same channel (a reply in this thread, say). */
    public MessageRef at(String otherTs) {
        return new MessageRef(channel, otherTs);
    }
}
