package io.peerbot.domain.plan;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.NetworkInterface;
import io.peerbot.domain.network.ResourceTags;
import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.Service;
import io.peerbot.domain.network.Subnet;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which security groups of one side get which ports. In order of precedence: the groups picked with
 * {@code --to}/{@code --from}; else those tagged {@code peerbot:group}; else the groups of the network interfaces
 * in the chosen subnets, whatever owns them (instances, RDS, Lambda, load balancers, endpoints …). Among those, a
 * TCP or UDP port goes to the groups that already admit it from inside their own VPC — the database's group for
 * {@code tcp:5432}, not the group of a bastion next to it; when none does, to all of them. {@code icmp} goes to all
 * of them, so ping reaches whichever host the test picks.
 */
final class GroupTargets {
    private static final String IN_USE = "in-use";

    private GroupTargets() {
    }

    /** The groups of this side with the ports each gets, sorted by group id; empty when there is nothing to open. */
    static List<GroupTarget> choose(VpcSnapshot self, List<Subnet> subnets, List<String> picked,
                                    List<PortRange> ports) {
        if (ports.isEmpty()) {
            return List.of();
        }
        List<SecurityGroup> chosen = picked.stream().distinct().map(self::securityGroup)
                .flatMap(java.util.Optional::stream).toList();
        if (!picked.isEmpty()) {
            return sorted(chosen.stream().map(g -> target(self, g, GroupTarget.Why.PICKED, ports, null)).toList());
        }
        List<SecurityGroup> tagged = self.securityGroups().stream()
                .filter(g -> g.tags().containsKey(ResourceTags.GROUP)).toList();
        if (!tagged.isEmpty()) {
            return sorted(tagged.stream().map(g -> target(self, g, GroupTarget.Why.TAGGED, ports, null)).toList());
        }
        List<NetworkInterface> interfaces = interfacesIn(self, subnets);
        List<SecurityGroup> candidates = interfaces.stream().flatMap(i -> i.securityGroupIds().stream()).distinct()
                .map(self::securityGroup).flatMap(java.util.Optional::stream).toList();
        Map<String, List<PortRange>> portsOf = new LinkedHashMap<>();
        Map<String, GroupTarget.Why> whyOf = new LinkedHashMap<>();
        for (PortRange port : ports) {
            List<SecurityGroup> serving = port.protocol() == Protocol.ICMP ? List.of()
                    : candidates.stream().filter(g -> admitsFromInside(self, g, port)).toList();
            List<SecurityGroup> receiving = serving.isEmpty() ? candidates : serving;
            for (SecurityGroup group : receiving) {
                portsOf.computeIfAbsent(group.id(), k -> new ArrayList<>()).add(port);
                if (!serving.isEmpty()) {
                    whyOf.put(group.id(), GroupTarget.Why.SERVES_PORT);
                }
            }
        }
        return sorted(candidates.stream().filter(g -> portsOf.containsKey(g.id()))
                .map(g -> target(self, g, whyOf.getOrDefault(g.id(), GroupTarget.Why.IN_SUBNETS),
                        portsOf.get(g.id()), interfaces))
                .toList());
    }

    /** Every group of the in-use interfaces in these subnets (any group picked or tagged first, as above). */
    static List<String> sourceGroups(VpcSnapshot self, List<Subnet> subnets, List<String> picked) {
        if (!picked.isEmpty()) {
            return picked.stream().filter(id -> self.securityGroup(id).isPresent()).distinct().sorted().toList();
        }
        List<String> tagged = self.securityGroups().stream().filter(g -> g.tags().containsKey(ResourceTags.GROUP))
                .map(SecurityGroup::id).sorted().toList();
        if (!tagged.isEmpty()) {
            return tagged;
        }
        return interfacesIn(self, subnets).stream().flatMap(i -> i.securityGroupIds().stream()).distinct()
                .filter(id -> self.securityGroup(id).isPresent()).sorted().toList();
    }

    /** Picked groups that are not in this VPC (any more). */
    static List<String> missing(VpcSnapshot self, List<String> picked) {
        return picked.stream().distinct().filter(id -> self.securityGroup(id).isEmpty()).toList();
    }

    private static List<NetworkInterface> interfacesIn(VpcSnapshot self, List<Subnet> subnets) {
        List<String> ids = subnets.stream().map(Subnet::id).toList();
        return self.networkInterfaces().stream()
                .filter(i -> IN_USE.equals(i.status()) && ids.contains(i.subnetId())).toList();
    }

    /**
     * True when a rule of the group lets in exactly this protocol on these ports (not "all traffic") from a block
     * inside the VPC or from a group: the group serves that port to its own VPC today.
     */
    private static boolean admitsFromInside(VpcSnapshot self, SecurityGroup group, PortRange port) {
        for (SecurityRule rule : group.ingress()) {
            PortRange allowed = rule.ports();
            if (allowed.protocol() != port.protocol() || allowed.from() > port.from() || allowed.to() < port.to()) {
                continue;
            }
            if (rule.sourceGroupId() != null || (rule.cidr() != null && inside(self, rule.cidr()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(VpcSnapshot self, Cidr cidr) {
        return self.cidrBlocks().stream().anyMatch(block -> block.contains(cidr));
    }

    /** What the group serves: the services of the in-use interfaces carrying it (in {@code within}, or anywhere). */
    private static GroupTarget target(VpcSnapshot self, SecurityGroup group, GroupTarget.Why why,
                                      List<PortRange> ports, List<NetworkInterface> within) {
        List<NetworkInterface> interfaces = within != null ? within : self.networkInterfaces().stream()
                .filter(i -> IN_USE.equals(i.status())).toList();
        List<Service> serves = interfaces.stream().filter(i -> i.securityGroupIds().contains(group.id()))
                .map(NetworkInterface::service).distinct()
                .map(s -> named(self, s)).distinct().toList();
        return new GroupTarget(group.id(), group.name(), why, ports, serves);
    }

    /** An instance is named by its {@code Name} tag when it has one. */
    private static Service named(VpcSnapshot self, Service service) {
        if (service.kind() != Service.Kind.INSTANCE) {
            return service;
        }
        return self.instances().stream().filter(i -> i.id().equals(service.name())).findFirst()
                .map(i -> i.tags().get("Name")).map(n -> new Service(Service.Kind.INSTANCE, n + " " + service.name()))
                .orElse(service);
    }

    private static List<GroupTarget> sorted(List<GroupTarget> targets) {
        return targets.stream().sorted(Comparator.comparing(GroupTarget::groupId)).toList();
    }
}
