package io.peerbot.domain.plan;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.GroupRef;
import io.peerbot.domain.network.Subnet;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a side's rules let traffic in from: as narrow as the request allows. The peer's chosen subnets' blocks when
 * {@code --subnets} names subnets of the peer, else the peer's VPC blocks (IPv6 only when both sides have it); with
 * {@code --source-groups} (one region only), the peer's groups instead of blocks.
 */
record RuleSources(List<Cidr> blocks, List<GroupRef> groups) {
    RuleSources {
        blocks = List.copyOf(blocks);
        groups = List.copyOf(groups);
    }

    /**
     * @param narrowed the peer's subnets named by {@code --subnets}; empty when none of them is the peer's
     * @param peerGroups the peer's groups to reference, used instead of blocks when not empty
     */
    static RuleSources of(VpcSnapshot self, VpcSnapshot peer, List<Subnet> narrowed, List<String> peerGroups) {
        if (!peerGroups.isEmpty()) {
            String account = peer.location().account();
            return new RuleSources(List.of(), peerGroups.stream().map(id -> new GroupRef(account, id)).toList());
        }
        Stream<Cidr> candidates = narrowed.isEmpty() ? peer.cidrBlocks().stream()
                : narrowed.stream().flatMap(s -> s.cidrBlocks().stream());
        boolean ipv6 = !self.ipv6Blocks().isEmpty();
        return new RuleSources(candidates.filter(c -> ipv6 || !c.ipv6()).distinct().sorted().toList(), List.of());
    }

    /** One rule per source for these ports on this group; ICMP (ping over IPv4) from IPv4 blocks only. */
    List<RuleChange> rules(String groupId, PortRange ports) {
        Stream<RuleChange> fromBlocks = blocks.stream().filter(b -> !(b.ipv6() && ports.protocol() == Protocol.ICMP))
                .map(b -> new RuleChange(groupId, ports, b));
        Stream<RuleChange> fromGroups = groups.stream().map(g -> new RuleChange(groupId, ports, g));
        return Stream.concat(fromBlocks, fromGroups).toList();
    }

    boolean anyIpv6() {
        return blocks.stream().anyMatch(Cidr::ipv6);
    }
}
