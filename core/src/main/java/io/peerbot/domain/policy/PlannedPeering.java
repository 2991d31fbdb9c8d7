package io.peerbot.domain.policy;

import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The concrete plan a policy judges: what is asked ({@code change}: create, open…), between which VPCs, the
 * ports, the subnets chosen (empty: the whole VPC), whether rules are mirrored both ways, how long for (empty:
 * for good) and the reason given.
 */
public record PlannedPeering(String change, VpcFacts requester, VpcFacts accepter, List<PortRange> ports,
                             List<String> subnets, boolean bothWays, Optional<Duration> duration, String reason) {
    public PlannedPeering {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(accepter, "accepter");
        ports = List.copyOf(ports);
        subnets = List.copyOf(subnets);
        Objects.requireNonNull(duration, "duration");
        reason = reason == null ? "" : reason;
    }

    public boolean wholeVpc() {
        return subnets.isEmpty();
    }
}
