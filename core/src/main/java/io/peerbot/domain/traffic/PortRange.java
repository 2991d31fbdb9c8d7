package io.peerbot.domain.traffic;

import java.util.Objects;

/**
 * A protocol with a port range: {@code tcp:5432}, {@code tcp:8000-8100}, {@code udp:53}, {@code icmp}
 * (all ICMP), or all traffic. ICMP and "all" carry no ports ({@code -1}).
 */
public record PortRange(Protocol protocol, int from, int to) {
    public static final PortRange ICMP = new PortRange(Protocol.ICMP, -1, -1);
    public static final PortRange ALL_TRAFFIC = new PortRange(Protocol.ALL, -1, -1);

    public PortRange {
        Objects.requireNonNull(protocol, "protocol");
    }

    public static PortRange tcp(int port) {
        return new PortRange(Protocol.TCP, port, port);
    }

    public boolean hasPorts() {
        return protocol == Protocol.TCP || protocol == Protocol.UDP;
    }

    /** True when every packet this range admits is admitted by {@code other}. */
    public boolean within(PortRange other) {
        if (other.protocol == Protocol.ALL) {
            return true;
        }
        if (other.protocol != protocol) {
            return false;
        }
        return !hasPorts() || (other.from <= from && to <= other.to);
    }

    @Override
    public String toString() {
        if (!hasPorts()) {
            return protocol.label();
        }
        return protocol.label() + ":" + (from == to ? String.valueOf(from) : from + "-" + to);
    }
}
