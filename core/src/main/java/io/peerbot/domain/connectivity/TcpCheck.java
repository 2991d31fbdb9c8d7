package io.peerbot.domain.connectivity;

/** The outcome of a TCP connect attempt to one port from the probe instance. */
public record TcpCheck(int port, TcpState state) {
}
