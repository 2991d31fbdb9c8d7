package io.peerbot.application.port;

/** The person who typed or clicked, and the channel they did it in. */
public record Actor(String userId, String channel) {
}
