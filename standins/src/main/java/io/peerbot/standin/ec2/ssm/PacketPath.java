package io.peerbot.standin.ec2.ssm;

import io.peerbot.standin.ec2.model.StoredAclEntry;
import io.peerbot.standin.ec2.model.Cidrs;
import io.peerbot.standin.ec2.model.NetworkHost;
import io.peerbot.standin.ec2.model.StoredInstance;
import io.peerbot.standin.ec2.model.StoredNetworkAcl;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.StoredRoute;
import io.peerbot.standin.ec2.model.RuleSpec;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.ec2.model.StoredSubnet;
import io.peerbot.standin.ec2.model.World;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The stand-in's own model of a packet between instances, as the VPC network treats it: the source subnet's
 * route table (most specific route; a peering must be active), the host at the address in the VPC reached,
 * network ACLs of both subnets evaluated per packet in rule order (the reply to a concrete ephemeral port,
 * as a Linux client would use), security groups (stateful; group references only within a region), and
 * the destination subnet's route back.
 */
final class PacketPath {
    /** The protocol numbers network ACL entries use. */
    private static final String TCP = "6";
    private static final String UDP = "17";
    private static final String ICMP = "1";
    /** ICMP echo request, the type ping sends. */
    private static final int ECHO_REQUEST = 8;

    /** What happened to the packet and its reply. */
    record Trace(boolean delivered, NetworkHost destination, boolean crossRegion, String droppedBy) {
        static Trace dropped(String by) {
            return new Trace(false, null, false, by);
        }
    }

    /** Where a route led: a VPC in an account and region. */
    private record Landing(RegionState region, String vpcId) {
    }

    private final World world;

    PacketPath(World world) {
        this.world = world;
    }

    /**
     * @param protocol {@code icmp}, {@code tcp} or {@code udp}
     * @param port     the destination port (TCP/UDP); ignored for ICMP
     * @param replyPort the client's ephemeral port the reply goes to
     */
    Trace trace(StoredInstance source, String destinationIp, String protocol, int port, int replyPort) {
        synchronized (world) {
            RegionState sourceRegion = world.region(source.ownerId(), source.region());
            StoredSubnet sourceSubnet = sourceRegion.findSubnet(source.subnetId()).orElseThrow();
            Optional<Landing> landing = forward(sourceRegion, sourceSubnet, destinationIp);
            if (landing.isEmpty()) {
                return Trace.dropped("route table of " + sourceSubnet.id());
            }
            // an instance, or any other interface at that address (a database's, a load balancer's …)
            Optional<NetworkHost> host = landing.get().region().networkInterfaces().stream()
                    .<NetworkHost>map(i -> i.instance() != null ? i.instance() : i)
                    .filter(h -> h.vpcId().equals(landing.get().vpcId()) && h.privateIpAddress().equals(destinationIp)
                            && h.reachable())
                    .findFirst();
            if (host.isEmpty()) {
                return Trace.dropped("no running host at " + destinationIp);
            }
            NetworkHost destination = host.get();
            RegionState destinationRegion = landing.get().region();
            StoredSubnet destinationSubnet = destinationRegion.findSubnet(destination.subnetId()).orElseThrow();
            boolean sameRegion = source.region().equals(destination.region());
            String number = protocolNumber(protocol);
            StoredNetworkAcl sourceAcl = aclOf(sourceRegion, sourceSubnet);
            StoredNetworkAcl destinationAcl = aclOf(destinationRegion, destinationSubnet);

            if (!aclAllows(sourceAcl, true, number, port, destinationIp)) {
                return Trace.dropped(sourceAcl.id() + " outbound");
            }
            if (!aclAllows(destinationAcl, false, number, port, source.privateIpAddress())) {
                return Trace.dropped(destinationAcl.id() + " inbound");
            }
            if (!groupsAllow(sourceRegion, source, destination, true, protocol, port, sameRegion)) {
                return Trace.dropped("security groups of " + source.id() + " outbound");
            }
            if (!groupsAllow(destinationRegion, destination, source, false, protocol, port, sameRegion)) {
                return Trace.dropped("security groups of " + destination.id() + " inbound");
            }
            Optional<Landing> back = forward(destinationRegion, destinationSubnet, source.privateIpAddress());
            if (back.isEmpty() || !back.get().vpcId().equals(source.vpcId())) {
                return Trace.dropped("route table of " + destinationSubnet.id() + " (reply)");
            }
            if (!aclAllows(destinationAcl, true, number, replyPort, source.privateIpAddress())) {
                return Trace.dropped(destinationAcl.id() + " outbound (reply)");
            }
            if (!aclAllows(sourceAcl, false, number, replyPort, destinationIp)) {
                return Trace.dropped(sourceAcl.id() + " inbound (reply)");
            }
            return new Trace(true, destination, !sameRegion, null);
        }
    }

    /** Where the VPC router sends a packet for {@code ip} from a subnet, if anywhere private. */
    private Optional<Landing> forward(RegionState region, StoredSubnet subnet, String ip) {
        Optional<StoredRoute> best = region.routeTableOf(subnet).routes().stream()
                .filter(r -> r.destinationCidrBlock() != null && Cidrs.contains(r.destinationCidrBlock(), ip))
                .max(Comparator.comparingInt(r -> prefixLength(r.destinationCidrBlock())));
        if (best.isEmpty() || !"active".equals(best.get().state())) {
            return Optional.empty();
        }
        StoredRoute route = best.get();
        if (route.isLocal()) {
            return Optional.of(new Landing(region, subnet.vpcId()));
        }
        if (route.vpcPeeringConnectionId() == null) {
            return Optional.empty();
        }
        return world.findPeering(route.vpcPeeringConnectionId())
                .filter(p -> p.status() == StoredPeeringConnection.Status.ACTIVE)
                .flatMap(p -> otherSide(p, subnet.vpcId()))
                .map(side -> new Landing(world.region(side.account(), side.region()), side.vpcId()));
    }

    private static Optional<StoredPeeringConnection.Side> otherSide(StoredPeeringConnection pcx, String vpcId) {
        if (pcx.requester().vpcId().equals(vpcId)) {
            return Optional.of(pcx.accepter());
        }
        if (pcx.accepter().vpcId().equals(vpcId)) {
            return Optional.of(pcx.requester());
        }
        return Optional.empty();
    }

    private static StoredNetworkAcl aclOf(RegionState region, StoredSubnet subnet) {
        return region.networkAcls().stream().filter(a -> a.subnetIds().contains(subnet.id())).findFirst()
                .orElseGet(() -> region.defaultNetworkAcl(subnet.vpcId()));
    }

    /** The first entry of that direction that matches the packet decides; none matching denies. */
    private static boolean aclAllows(StoredNetworkAcl acl, boolean egress, String protocol, int port, String peerIp) {
        for (StoredAclEntry entry : acl.entries()) {
            if (entry.egress() != egress || entry.cidrBlock() == null || !Cidrs.contains(entry.cidrBlock(), peerIp)) {
                continue;
            }
            if (!entry.protocol().equals("-1") && !entry.protocol().equals(protocol)) {
                continue;
            }
            boolean portsApply = (protocol.equals(TCP) || protocol.equals(UDP)) && entry.fromPort() != null;
            if (portsApply && (port < entry.fromPort() || port > entry.toPort())) {
                continue;
            }
            return "allow".equals(entry.ruleAction());
        }
        return false;
    }

    private static boolean groupsAllow(RegionState region, NetworkHost self, NetworkHost peer, boolean egress,
                                       String protocol, int port, boolean sameRegion) {
        for (String groupId : self.securityGroupIds()) {
            Optional<StoredSecurityGroup> group = region.findSecurityGroup(groupId);
            if (group.isEmpty()) {
                continue;
            }
            List<StoredSecurityGroupRule> rules = egress ? group.get().egressRules() : group.get().ingressRules();
            for (StoredSecurityGroupRule rule : rules) {
                if (ruleAdmits(rule.spec(), protocol, port, peer, sameRegion)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean ruleAdmits(RuleSpec spec, String protocol, int port, NetworkHost peer, boolean sameRegion) {
        String ruleProtocol = RuleSpec.normalizeProtocol(spec.ipProtocol());
        if (!ruleProtocol.equals("-1") && !ruleProtocol.equals(protocol)) {
            return false;
        }
        if (protocol.equals("icmp")) {
            Integer type = spec.fromPort();
            if (type != null && type != -1 && type != ECHO_REQUEST) {
                return false;
            }
        } else if (!ruleProtocol.equals("-1") && spec.fromPort() != null && spec.fromPort() != -1
                && (port < spec.fromPort() || port > spec.toPort())) {
            return false;
        }
        if (spec.cidrIpv4() != null) {
            return Cidrs.contains(spec.cidrIpv4(), peer.privateIpAddress());
        }
        return spec.referencedGroupId() != null && sameRegion
                && peer.securityGroupIds().contains(spec.referencedGroupId());
    }

    private static String protocolNumber(String protocol) {
        return switch (protocol) {
            case "tcp" -> TCP;
            case "udp" -> UDP;
            case "icmp" -> ICMP;
            default -> throw new IllegalArgumentException("no such protocol: " + protocol);
        };
    }

    private static int prefixLength(String cidr) {
        return Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
    }
}
