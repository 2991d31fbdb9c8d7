package io.peerbot.domain.peering;

import io.peerbot.domain.traffic.PortRange;
import java.util.List;

/**
 * What the requester asked for besides the two VPCs. {@code subnets} empty means every subnet;
 * {@code reason} may be empty; {@code overrideRoutes}: the requester allows moving traffic off an existing path
 * (a transit gateway, firewall, NAT …) onto the peering.
 */
public record PeeringOptions(List<PortRange> ports, List<String> subnets, boolean dns, boolean test, String reason,
                             boolean overrideRoutes) {
    public static final List<PortRange> DEFAULT_PORTS = List.of(PortRange.ICMP);

    public PeeringOptions {
        ports = List.copyOf(ports);
        subnets = List.copyOf(subnets);
        reason = reason == null ? "" : reason;
    }

    /** Without {@code --override-routes}. */
    public PeeringOptions(List<PortRange> ports, List<String> subnets, boolean dns, boolean test, String reason) {
        this(ports, subnets, dns, test, reason, false);
    }

    public PeeringOptions withPorts(List<PortRange> next) {
        return new PeeringOptions(next, subnets, dns, test, reason, overrideRoutes);
    }

    public static PeeringOptions defaults() {
        return new PeeringOptions(DEFAULT_PORTS, List.of(), false, true, "");
    }
}
