package io.peerbot.domain.network;

import java.util.Optional;

/**
 * The kind of path a route target stands for, where moving traffic off it changes how that traffic is inspected,
 * translated or carried: a transit gateway, a firewall or Gateway Load Balancer endpoint, a NAT gateway, a VPN or
 * Direct Connect gateway, or a network appliance (an instance or its interface).
 */
public enum PathKind {
    TRANSIT_GATEWAY("tgw-"),
    FIREWALL_ENDPOINT("vpce-"),
    NAT_GATEWAY("nat-"),
    VPN_GATEWAY("vgw-"),
    APPLIANCE_INTERFACE("eni-"),
    APPLIANCE_INSTANCE("i-");

    private final String prefix;

    PathKind(String prefix) {
        this.prefix = prefix;
    }

    /** The kind of path behind {@code target}; empty for {@code local}, internet gateways, peerings and the like. */
    public static Optional<PathKind> of(String target) {
        for (PathKind kind : values()) {
            if (target.startsWith(kind.prefix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
