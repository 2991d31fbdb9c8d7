package io.peerbot.domain.connectivity;

import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.List;

/** The connectivity test of a peering: both directions, for the requested ports, at a time. */
public record ConnectivityReport(String pcxId, List<PortRange> ports, List<DirectionReport> directions,
                                 Instant testedAt) {
    public ConnectivityReport {
        ports = List.copyOf(ports);
        directions = List.copyOf(directions);
    }

    /** Every direction passed. */
    public boolean ok() {
        return directions.stream().allMatch(DirectionReport::ok);
    }
}
