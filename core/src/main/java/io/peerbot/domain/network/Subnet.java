package io.peerbot.domain.network;

import java.util.List;

public record Subnet(String id, List<Cidr> cidrBlocks, String availabilityZone) {
    public Subnet {
        cidrBlocks = List.copyOf(cidrBlocks);
    }
}
