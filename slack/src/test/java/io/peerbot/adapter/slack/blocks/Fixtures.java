package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.plan.SidePlan;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** Two VPCs, a plan of any size between them, and a request, for rendering tests. */
public final class Fixtures {
    public static final String PCX = "pcx-0123456789abcdef0";
    public static final Location APP_AT = new Location("111122223333", "eu-west-1");
    public static final Location DB_AT = new Location("222233334444", "eu-central-1");
    public static final Instant CREATED = Instant.parse("2024-03-01T09:30:00Z");
    public static final Instant APPROVED_AT = Instant.parse("2024-03-01T10:15:00Z");
    public static final Owners APP_OWNERS = new Owners(Set.of("UAPPOWNER"), "tag peerbot:owner");
    public static final Owners DB_OWNERS = new Owners(Set.of("UDBOWNER1", "UDBOWNER2"), "owners.yml");
    public static final List<PortRange> PORTS = List.of(PortRange.tcp(5432), PortRange.ICMP);

    private Fixtures() {
    }

    public static VpcSnapshot appVpc(int groups, int extraBlocks) {
        return vpc("vpc-0aaa00000000000a1", APP_AT, "app-vpc", "10.0.0.0/16", "2600:1f18:abcd:1200::/56", groups,
                extraBlocks, 10);
    }

    public static VpcSnapshot dbVpc(int groups, int extraBlocks) {
        return vpc("vpc-0bbb00000000000b2", DB_AT, "db-vpc", "10.1.0.0/16", "2600:1f18:abcd:3400::/56", groups,
                extraBlocks, 11);
    }

    private static VpcSnapshot vpc(String id, Location at, String name, String ipv4, String ipv6, int groups,
                                   int extraBlocks, int secondOctet) {
        List<Cidr> blocks = new ArrayList<>(List.of(Cidr.parse(ipv4), Cidr.parse(ipv6)));
        IntStream.range(0, extraBlocks).forEach(i -> blocks.add(Cidr.parse("100." + (secondOctet * 10 + i)
                + ".0.0/16")));
        List<SecurityGroup> sgs = IntStream.range(0, groups)
                .mapToObj(i -> new SecurityGroup(groupId(id, i), name + "-group-" + i, Map.of(), List.of(), List.of()))
                .toList();
        return new VpcSnapshot(id, at, Map.of("Name", name), blocks, List.of(), List.<RouteTable>of(), sgs,
                List.of(), List.of());
    }

    public static String groupId(String vpcId, int i) {
        return "sg-" + vpcId.substring(4, 8) + String.format("%013x", i);
    }

    public static String tableId(String vpcId, int i) {
        return "rtb-" + vpcId.substring(4, 8) + String.format("%013x", i);
    }

    /** Each side: a route to every peer block in each of {@code tables} tables, every port from every block in {@code groups} groups. */
    public static Plan plan(VpcSnapshot requester, VpcSnapshot accepter, int tables, int groups, PeeringOptions options) {
        return new Plan(side(requester, accepter, tables, groups, options),
                side(accepter, requester, tables, groups, options), options);
    }

    private static SidePlan side(VpcSnapshot vpc, VpcSnapshot peer, int tables, int groups, PeeringOptions options) {
        List<Cidr> peerBlocks = peer.ipv4Blocks();
        List<RouteChange> routes = new ArrayList<>();
        List<RuleChange> rules = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            for (Cidr block : peerBlocks) {
                routes.add(new RouteChange(tableId(vpc.id(), t), block));
            }
        }
        for (int g = 0; g < groups; g++) {
            for (Cidr block : peerBlocks) {
                for (PortRange ports : options.ports()) {
                    rules.add(new RuleChange(groupId(vpc.id(), g), ports, block));
                }
            }
        }
        return new SidePlan(vpc.id(), vpc.location(), routes, rules, List.of());
    }

    public static PeeringOptions options(String reason) {
        return new PeeringOptions(PORTS, List.of(), false, true, reason);
    }

    public static ManagedPeering request(VpcSnapshot requester, VpcSnapshot accepter, PeeringOptions options,
                                         List<Approval> approvals, ChangeState state, String deniedBy) {
        Change creation = new Change(ChangeKind.CREATE, options.ports(), "UREQUESTER", CREATED, approvals, state,
                deniedBy, null, "");
        return new ManagedPeering(new PcxId(PCX),
                new PeeringSide(requester.id(), requester.location(), requester.cidrBlocks()),
                new PeeringSide(accepter.id(), accepter.location(), accepter.cidrBlocks()),
                new MessageRef("CCHANNEL", "1709285400.000100"), options, creation, null);
    }

    /** The creation's card of {@code peering} with this plan. */
    public static Notice.ChangeCard card(ManagedPeering peering, VpcSnapshot requester, VpcSnapshot accepter,
                                         Plan plan) {
        return new Notice.ChangeCard(peering, peering.creation(), requester, accepter, APP_OWNERS, DB_OWNERS,
                ChangePlan.creating(PCX, peering.creation().ports(), plan), List.of());
    }

    /** A card still waiting for the accepter side; the requester consented by asking. */
    public static Notice.ChangeCard awaitingCard(int tables, int groups) {
        VpcSnapshot app = appVpc(groups, 0);
        VpcSnapshot db = dbVpc(groups, 0);
        PeeringOptions options = options("orders service needs the billing database");
        Plan plan = plan(app, db, tables, groups, options);
        ManagedPeering request = request(app, db, options,
                List.of(new Approval(Side.REQUESTER, "UREQUESTER", CREATED)), ChangeState.AWAITING_APPROVAL, null);
        return card(request, app, db, plan);
    }
}
