package io.peerbot.domain.peering;

import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the requester asked for besides the two VPCs. {@code subnets} empty means every subnet;
 * {@code reason} may be empty; {@code targets}: which groups get rules, from what, which ways;
 * {@code overrideRoutes}: the requester allows moving traffic off an existing path (a transit gateway, firewall,
 * NAT …) onto the peering. {@code duration} (a temporary peering; empty: for good) is judged by the policy;
 * {@code override} is an admin's reason for going ahead against a policy denial, empty when nothing was
 * overridden.
 */
public record PeeringOptions(List<PortRange> ports, List<String> subnets, boolean dns, boolean test, String reason,
                             RuleTargets targets, boolean overrideRoutes, Optional<Duration> duration,
                             String override) {
    public static final List<PortRange> DEFAULT_PORTS = List.of(PortRange.ICMP);

    public PeeringOptions {
        ports = List.copyOf(ports);
        subnets = List.copyOf(subnets);
        reason = reason == null ? "" : reason;
        targets = targets == null ? RuleTargets.DEFAULT : targets;
        Objects.requireNonNull(duration, "duration");
        override = override == null ? "" : override;
    }

    /** One-way rules from blocks to the groups found in the subnets, for good, nothing overridden. */
    public PeeringOptions(List<PortRange> ports, List<String> subnets, boolean dns, boolean test, String reason) {
        this(ports, subnets, dns, test, reason, RuleTargets.DEFAULT);
    }

    public PeeringOptions(List<PortRange> ports, List<String> subnets, boolean dns, boolean test, String reason,
                          RuleTargets targets) {
        this(ports, subnets, dns, test, reason, targets, false, Optional.empty(), "");
    }

    /** Without picked groups, with or without {@code --override-routes}. */
    public PeeringOptions(List<PortRange> ports, List<String> subnets, boolean dns, boolean test, String reason,
                          boolean overrideRoutes) {
        this(ports, subnets, dns, test, reason, RuleTargets.DEFAULT, overrideRoutes, Optional.empty(), "");
    }

    public static PeeringOptions defaults() {
        return new PeeringOptions(DEFAULT_PORTS, List.of(), false, true, "");
    }

    /** The same options for other ports. */
    public PeeringOptions withPorts(List<PortRange> newPorts) {
        return new PeeringOptions(newPorts, subnets, dns, test, reason, targets, overrideRoutes, duration, override);
    }

    public PeeringOptions withTargets(RuleTargets newTargets) {
        return new PeeringOptions(ports, subnets, dns, test, reason, newTargets, overrideRoutes, duration, override);
    }

    /** The same options, moving traffic off existing paths allowed or not ({@code --override-routes}). */
    public PeeringOptions withOverrideRoutes(boolean allowed) {
        return new PeeringOptions(ports, subnets, dns, test, reason, targets, allowed, duration, override);
    }

    /** The same options for a temporary peering or opening of this length ({@code --for}; empty: for good). */
    public PeeringOptions lasting(Optional<Duration> length) {
        return new PeeringOptions(ports, subnets, dns, test, reason, targets, overrideRoutes, length, override);
    }

    /** The same options, a policy denial overridden for {@code why}. */
    public PeeringOptions overriding(String why) {
        return new PeeringOptions(ports, subnets, dns, test, reason, targets, overrideRoutes, duration, why);
    }

    public boolean overridden() {
        return !override.isEmpty();
    }

    /** Rules mirrored on the requester's side ({@code --both-ways}). */
    public boolean bothWays() {
        return targets.bothWays();
    }
}
