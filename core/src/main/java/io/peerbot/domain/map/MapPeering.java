package io.peerbot.domain.map;

import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A peering on the map between two VPCs (requester first). {@code managed}: made by the bot, whose record gives
 * the ports open through it ({@code ports}, empty for one the bot did not make: unknown). {@code until}: when a
 * temporary peering ends.
 */
public record MapPeering(String id, String requesterVpc, String accepterVpc, PeeringStatus status, boolean managed,
                         List<PortRange> ports, Optional<Instant> until, Drift drift) {
    public MapPeering {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requesterVpc, "requesterVpc");
        Objects.requireNonNull(accepterVpc, "accepterVpc");
        Objects.requireNonNull(status, "status");
        ports = List.copyOf(ports);
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(drift, "drift");
    }

    public boolean touches(String vpcId) {
        return requesterVpc.equals(vpcId) || accepterVpc.equals(vpcId);
    }

    /** The VPC at the other end from {@code vpcId}. */
    public String otherEnd(String vpcId) {
        return requesterVpc.equals(vpcId) ? accepterVpc : requesterVpc;
    }

    /** Traffic can cross it now: EC2 has made it active. */
    public boolean carriesTraffic() {
        return status == PeeringStatus.ACTIVE;
    }

    public boolean temporary() {
        return until.isPresent();
    }
}
