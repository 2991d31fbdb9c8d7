package io.peerbot.domain.peering;

import io.peerbot.domain.traffic.PortRange;
import java.util.List;

/**
 * What the requester asked for besides the two VPCs. {@code subnets} empty means every subnet;
 * {@code reason} may be empty.
 */
public record PeeringOptions(List<PortRange> ports, List<String> subnets, boolean dns, boolean test, String reason) {
    public static final List<PortRange> DEFAULT_PORTS = List.of(PortRange.ICMP);

    public PeeringOptions {
        ports = List.copyOf(ports);
        subnets = List.copyOf(subnets);
        reason = reason == null ? "" : reason;
    }

    public static PeeringOptions defaults() {
        return new PeeringOptions(DEFAULT_PORTS, List.of(), false, true, "");
    }
}
