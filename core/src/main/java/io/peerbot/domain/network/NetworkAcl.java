package io.peerbot.domain.network;

import java.util.List;

public record NetworkAcl(String id, boolean isDefault, List<String> subnetIds, List<AclEntry> entries) {
    public NetworkAcl {
        subnetIds = List.copyOf(subnetIds);
        entries = List.copyOf(entries);
    }
}
