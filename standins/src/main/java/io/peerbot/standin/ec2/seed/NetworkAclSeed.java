package io.peerbot.standin.ec2.seed;

import io.peerbot.standin.ec2.model.StoredAclEntry;
import io.peerbot.standin.ec2.model.Cidrs;
import io.peerbot.standin.ec2.model.StoredNetworkAcl;
import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.World;
import java.util.Locale;
import java.util.Map;

/** Seeds one network ACL. */
public final class NetworkAclSeed {
    private static final Map<String, String> PROTOCOL_NUMBERS = Map.of("tcp", "6", "udp", "17", "icmp", "1",
            "icmpv6", "58", "all", "-1");

    private final World world;
    private final RegionState region;
    private final StoredNetworkAcl acl;

    NetworkAclSeed(World world, RegionState region, StoredNetworkAcl acl) {
        this.world = world;
        this.region = region;
        this.acl = acl;
    }

    public String id() {
        return acl.id();
    }

    public StoredNetworkAcl acl() {
        return acl;
    }

    /** Moves subnets to this ACL. */
    public NetworkAclSeed associate(SubnetSeed... subnets) {
        for (SubnetSeed subnet : subnets) {
            region.factory().associateNetworkAcl(acl, subnet.subnet());
        }
        return this;
    }

    /** An inbound entry; {@code action} is {@code allow} or {@code deny}; ports are ignored unless TCP/UDP. */
    public NetworkAclSeed ingress(int ruleNumber, String action, String protocol, int fromPort, int toPort,
                                  String cidr) {
        return entry(ruleNumber, false, action, protocol, fromPort, toPort, cidr);
    }

    /** An outbound entry. */
    public NetworkAclSeed egress(int ruleNumber, String action, String protocol, int fromPort, int toPort,
                                 String cidr) {
        return entry(ruleNumber, true, action, protocol, fromPort, toPort, cidr);
    }

    public NetworkAclSeed tag(String key, String value) {
        acl.tags().put(key, value);
        return this;
    }

    private NetworkAclSeed entry(int ruleNumber, boolean egress, String action, String protocol, int from, int to,
                                 String cidr) {
        String number = PROTOCOL_NUMBERS.getOrDefault(protocol.toLowerCase(Locale.ROOT), protocol);
        boolean ports = number.equals("6") || number.equals("17");
        String block = Cidrs.canonical(cidr);
        boolean v6 = Cidrs.isIpv6(block);
        synchronized (world) {
            acl.putEntry(new StoredAclEntry(ruleNumber, egress, number, action.toLowerCase(Locale.ROOT), v6 ? null : block,
                    v6 ? block : null, ports ? from : null, ports ? to : null));
        }
        return this;
    }
}
