package io.peerbot.domain.peering;

import io.peerbot.domain.traffic.PortRange;
import java.util.List;

/**
 * What the requester asked for besides the two VPCs. {@code subnets} empty means every subnet;
 * {@code reason} may be empty; {@code targets}: which groups get rules, from what, which ways.
 */
public record PeeringOptions(List<PortRange> ports, List<String> subnets, boolean dns, boolean test, String reason,
                             RuleTargets targets) {
    public static final List<PortRange> DEFAULT_PORTS = List.of(PortRange.ICMP);

    public PeeringOptions {
        ports = List.copyOf(ports);
        subnets = List.copyOf(subnets);
        reason = reason == null ? "" : reason;
        targets = targets == null ? RuleTargets.DEFAULT : targets;
    }

    /** One-way rules from blocks to the groups found in the subnets. */
    public PeeringOptions(List<PortRange> ports, List<String> subnets, boolean dns, boolean test, String reason) {
        this(ports, subnets, dns, test, reason, RuleTargets.DEFAULT);
    }

    /** The same options for other ports. */
    public PeeringOptions withPorts(List<PortRange> newPorts) {
        return new PeeringOptions(newPorts, subnets, dns, test, reason, targets);
    }

    public PeeringOptions withTargets(RuleTargets newTargets) {
        return new PeeringOptions(ports, subnets, dns, test, reason, newTargets);
    }

    public static PeeringOptions defaults() {
        return new PeeringOptions(DEFAULT_PORTS, List.of(), false, true, "");
    }
}
