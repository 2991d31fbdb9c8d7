package io.peerbot.domain.connectivity;

/**
 * The outcome of a TCP connect attempt to one port from the probe instance. {@code exitCode}: the connect
 * command's exit code when the probe itself failed ({@link TcpState#ERROR}), else 0.
 */
public record TcpCheck(int port, TcpState state, int exitCode) {
    public TcpCheck(int port, TcpState state) {
        this(port, state, 0);
    }
}
