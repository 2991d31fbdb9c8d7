package io.peerbot.domain.network;

import java.util.List;
import java.util.Map;

/**
 * A network interface (ENI) as EC2 describes it: where it sits, its address, its groups, and the fields that tell
 * what it serves. {@code interfaceType} is EC2's ({@code interface}, {@code lambda}, {@code vpc_endpoint},
 * {@code nat_gateway} …); {@code requesterId} is the service that made it ({@code amazon-rds}, {@code amazon-elb} …)
 * or null; {@code instanceId} is set when an instance has it attached; {@code status} is EC2's
 * ({@code in-use}, {@code available} …).
 */
public record NetworkInterface(String id, String subnetId, String privateIp, String status,
                               List<String> securityGroupIds, String interfaceType, String requesterId,
                               boolean requesterManaged, String instanceId, String description,
                               Map<String, String> tags) {
    public NetworkInterface {
        securityGroupIds = List.copyOf(securityGroupIds);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        description = description == null ? "" : description;
    }

    /** What this interface serves, read from the fields EC2 gives it. */
    public Service service() {
        return Service.of(this);
    }
}
