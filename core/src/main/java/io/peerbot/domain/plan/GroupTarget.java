package io.peerbot.domain.plan;

import io.peerbot.domain.network.Service;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;

/**
 * A security group that gets rules on one side, why it was chosen, which of the requested ports it gets, and what
 * it serves there (the network interfaces that carry it), so the card can name it: "sg-… (billing-db) — RDS …".
 */
public record GroupTarget(String groupId, String groupName, Why why, List<PortRange> ports, List<Service> serves) {
    public GroupTarget {
        ports = List.copyOf(ports);
        serves = List.copyOf(serves);
    }

    /** How a group came to be opened. */
    public enum Why {
        /** Named with {@code --to} (accepter) or {@code --from} (requester). */
        PICKED,
        /** Tagged {@code peerbot:group}, and nothing was picked. */
        TAGGED,
        /**
         * Carried by an interface in the chosen subnets and already admits the port from inside its own VPC: the
         * group that serves the port (a database's, not a bastion's next to it).
         */
        SERVES_PORT,
        /** Carried by an interface in the chosen subnets (for a port no group there admits yet, and icmp). */
        IN_SUBNETS
    }
}
