package io.peerbot.domain.network;

import java.util.List;
import java.util.Map;

/** An EC2 instance as far as peering cares: where it sits, its address, its groups. */
public record Instance(String id, String subnetId, String privateIp, String state,
                       List<String> securityGroupIds, Map<String, String> tags) {
    public Instance {
        securityGroupIds = List.copyOf(securityGroupIds);
        tags = Map.copyOf(tags);
    }

    public boolean running() {
        return "running".equals(state);
    }
}
