package io.peerbot.domain.network;

import java.util.List;
import java.util.Map;

/**
 * An EC2 instance as far as peering cares: where it sits, its address, its groups. {@code platform}: EC2's platform
 * details ("Linux/UNIX", "Windows" …); empty when not known.
 */
public record Instance(String id, String subnetId, String privateIp, String state,
                       List<String> securityGroupIds, Map<String, String> tags, String platform) {
    public Instance {
        securityGroupIds = List.copyOf(securityGroupIds);
        tags = Map.copyOf(tags);
        platform = platform == null ? "" : platform;
    }

    /** Platform not known. */
    public Instance(String id, String subnetId, String privateIp, String state, List<String> securityGroupIds,
                    Map<String, String> tags) {
        this(id, subnetId, privateIp, state, securityGroupIds, tags, "");
    }

    public boolean running() {
        return "running".equals(state);
    }
}
