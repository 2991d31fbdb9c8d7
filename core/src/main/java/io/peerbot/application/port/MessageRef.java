package io.peerbot.application.port;

/** A message in the chat: its channel and timestamp (Slack's {@code ts}), which also names its thread. */
public record MessageRef(String channel, String ts) {
}
