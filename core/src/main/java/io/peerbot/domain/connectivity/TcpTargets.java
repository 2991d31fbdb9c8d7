package io.peerbot.domain.connectivity;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.NetworkInterface;
import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each TCP port is tried: at an interface that serves it — one in the chosen subnets whose group admits the
 * port from the source VPC (a database's address for {@code tcp:5432}, not the bastion the ping goes to). A
 * bastion's "refused" would count as an open path and hide a database nobody can reach. The ping target is used
 * for a port when it serves the port itself, or when no interface does.
 */
public final class TcpTargets {
    private static final String IN_USE = "in-use";

    private TcpTargets() {
    }

    /** Address → the ports to try there, the ping target's first. */
    public static Map<String, List<Integer>> of(VpcSnapshot destination, String pingTarget, List<String> subnets,
                                                VpcSnapshot source, List<Integer> ports) {
        List<String> chosen = subnets.stream().filter(s -> destination.subnet(s).isPresent()).toList();
        List<NetworkInterface> interfaces = destination.networkInterfaces().stream()
                .filter(i -> IN_USE.equals(i.status()) && i.privateIp() != null)
                .filter(i -> chosen.isEmpty() || chosen.contains(i.subnetId()))
                .sorted(Comparator.comparing((NetworkInterface i) -> !i.privateIp().equals(pingTarget))
                        .thenComparing(NetworkInterface::id))
                .toList();
        Map<String, List<Integer>> targets = new LinkedHashMap<>();
        targets.put(pingTarget, new java.util.ArrayList<>());
        for (int port : ports) {
            String ip = interfaces.stream().filter(i -> serves(destination, i, source, port)).findFirst()
                    .map(NetworkInterface::privateIp).orElse(pingTarget);
            targets.computeIfAbsent(ip, k -> new java.util.ArrayList<>()).add(port);
        }
        return targets;
    }

    private static boolean serves(VpcSnapshot destination, NetworkInterface eni, VpcSnapshot source, int port) {
        return eni.securityGroupIds().stream().map(destination::securityGroup).flatMap(Optional::stream)
                .anyMatch(g -> admits(g, source, port));
    }

    private static boolean admits(SecurityGroup group, VpcSnapshot source, int port) {
        for (SecurityRule rule : group.ingress()) {
            PortRange allowed = rule.ports();
            boolean tcp = allowed.protocol() == Protocol.TCP && allowed.from() <= port && port <= allowed.to();
            if (!tcp) {
                continue;
            }
            if (rule.cidr() != null && source.cidrBlocks().stream().anyMatch(b -> overlaps(b, rule.cidr()))) {
                return true;
            }
            if (rule.sourceGroupId() != null && source.securityGroup(rule.sourceGroupId()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Cidr block, Cidr rule) {
        return block.overlaps(rule);
    }
}
