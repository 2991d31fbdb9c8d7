package io.peerbot.domain.connectivity;

/** An element that stops traffic, before it is tied to the traffic it stops. */
record Obstacle(Hop hop, String elementId, String reason) {
}
