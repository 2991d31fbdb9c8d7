package io.peerbot.domain.peering;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import java.util.List;

/** One end of a peering connection as EC2 reports it. */
public record PeeringSide(String vpcId, Location location, List<Cidr> cidrBlocks) {
    public PeeringSide {
        cidrBlocks = List.copyOf(cidrBlocks);
    }
}
