package io.peerbot.domain.network;

import java.util.List;
import java.util.Map;

public record SecurityGroup(String id, String name, Map<String, String> tags,
                            List<SecurityRule> ingress, List<SecurityRule> egress) {
    public SecurityGroup {
        tags = Map.copyOf(tags);
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }
}
