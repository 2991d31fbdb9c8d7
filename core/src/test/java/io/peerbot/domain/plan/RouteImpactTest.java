package io.peerbot.domain.plan;

import static io.peerbot.domain.Vpcs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.PathKind;
import io.peerbot.domain.network.NextHop;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where a peer's range goes today and after the peering route, by longest prefix, in one route table. */
class RouteImpactTest {
    private static final String TABLE = "rtb-0aaa0001";
    private static final Cidr PEER = Cidr.parse("10.20.0.0/16");
    private static final Cidr PEER_V6 = Cidr.parse("2600:1f18:bbbb:1200::/56");

    private static Vpcs.Builder app() {
        return vpc("vpc-0aaa0001").cidr("10.0.0.0/16", "2600:1f18:aaaa:1200::/56").subnet("subnet-0aaa0001",
                "10.0.1.0/24").mainTable(TABLE);
    }

    private static RouteImpact impact(VpcSnapshot vpc, Cidr range) {
        return RouteImpacts.of(vpc, List.of(new RouteChange(TABLE, range))).get(0);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no route to the range today", app().build(), PEER, null, null, List.of()),
                Arguments.of("a broader route to a TGW is overridden by the more specific peering route",
                        app().route(TABLE, "10.0.0.0/8", "tgw-0aaa").build(), PEER,
                        "10.0.0.0/8 tgw-0aaa", PathKind.TRANSIT_GATEWAY, List.of()),
                Arguments.of("the most specific of several broader routes is today's",
                        app().route(TABLE, "0.0.0.0/0", "nat-0aaa").route(TABLE, "10.0.0.0/8", "tgw-0aaa")
                                .route(TABLE, "10.16.0.0/12", "vpce-0aaa").build(), PEER,
                        "10.16.0.0/12 vpce-0aaa", PathKind.FIREWALL_ENDPOINT, List.of()),
                Arguments.of("a default route through a NAT gateway is left",
                        app().route(TABLE, "0.0.0.0/0", "nat-0aaa").build(), PEER,
                        "0.0.0.0/0 nat-0aaa", PathKind.NAT_GATEWAY, List.of()),
                Arguments.of("a default route to the internet gateway is no path to keep",
                        app().route(TABLE, "0.0.0.0/0", "igw-0aaa").build(), PEER, "0.0.0.0/0 igw-0aaa", null,
                        List.of()),
                Arguments.of("a more specific /24 to a TGW stays",
                        app().route(TABLE, "10.20.5.0/24", "tgw-0aaa").build(), PEER, null, null,
                        List.of("10.20.5.0/24 tgw-0aaa")),
                Arguments.of("a /24 stays while the rest moves off the broader TGW route",
                        app().route(TABLE, "10.0.0.0/8", "tgw-0aaa").route(TABLE, "10.20.5.0/24", "tgw-0bbb").build(),
                        PEER, "10.0.0.0/8 tgw-0aaa", PathKind.TRANSIT_GATEWAY, List.of("10.20.5.0/24 tgw-0bbb")),
                Arguments.of("a propagated route to the same prefix loses to the static peering route",
                        app().propagatedRoute(TABLE, "10.20.0.0/16", "vgw-0aaa").build(), PEER,
                        "10.20.0.0/16 vgw-0aaa", PathKind.VPN_GATEWAY, List.of()),
                Arguments.of("a static route to the same prefix is not moved (EC2 refuses the duplicate)",
                        app().route(TABLE, "10.20.0.0/16", "tgw-0aaa").build(), PEER, "10.20.0.0/16 tgw-0aaa", null,
                        List.of()),
                Arguments.of("a blackhole is no path", blackholed(), PEER, "10.0.0.0/8 tgw-0gone", null, List.of()),
                Arguments.of("IPv6: a broader ::/0 to a TGW is overridden by the peer's /56",
                        app().route(TABLE, "::/0", "tgw-0aaa").build(), PEER_V6, "::/0 tgw-0aaa",
                        PathKind.TRANSIT_GATEWAY, List.of()),
                Arguments.of("IPv6: a more specific /64 stays; IPv4 routes never match an IPv6 range",
                        app().route(TABLE, "0.0.0.0/0", "tgw-0aaa").route(TABLE, "2600:1f18:bbbb:1234::/64", "eni-0aaa")
                                .build(), PEER_V6, null, null, List.of("2600:1f18:bbbb:1234::/64 eni-0aaa")));
    }

    private static VpcSnapshot blackholed() {
        VpcSnapshot vpc = app().build();
        var table = vpc.routeTables().get(0);
        List<Route> routes = new ArrayList<>(table.routes());
        routes.add(new Route(Cidr.parse("10.0.0.0/8"), "tgw-0gone", true));
        var tables = List.of(new RouteTable(table.id(), true, table.subnetIds(), routes));
        return new VpcSnapshot(vpc.id(), vpc.location(), vpc.tags(), vpc.cidrBlocks(), vpc.subnets(), tables,
                vpc.securityGroups(), vpc.instances(), vpc.networkAcls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void impact(String name, VpcSnapshot vpc, Cidr range, String today, PathKind movedOff, List<String> staying) {
        RouteImpact impact = impact(vpc, range);

        assertThat(impact.todayRoute().map(r -> r.destination() + " " + r.target()).orElse(null)).isEqualTo(today);
        assertThat(impact.movedOffPath().orElse(null)).isEqualTo(movedOff);
        assertThat(impact.staying()).extracting(r -> r.destination() + " " + r.target())
                .containsExactlyElementsOf(staying);
    }

    @Test
    void localWinsOverAStaticRouteToTheSamePrefix() {
        List<Route> routes = List.of(new Route(Cidr.parse("10.0.0.0/16"), "tgw-0aaa", false),
                new Route(Cidr.parse("10.0.0.0/16"), "local", false));

        assertThat(NextHop.forRange(routes, Cidr.parse("10.0.1.0/24")))
                .hasValueSatisfying(r -> assertThat(r.local()).isTrue());
    }

    @Test
    void staticWinsOverPropagatedToTheSamePrefix() {
        List<Route> routes = List.of(new Route(Cidr.parse("10.9.0.0/16"), "vgw-0aaa", false, true),
                new Route(Cidr.parse("10.9.0.0/16"), "tgw-0aaa", false, false));

        assertThat(NextHop.forRange(routes, Cidr.parse("10.9.0.0/16")))
                .hasValueSatisfying(r -> assertThat(r.target()).isEqualTo("tgw-0aaa"));
    }

    @Test
    void thePlanNotesWhatStaysAndWhatMovesOffAndWhetherItWasAllowed() {
        VpcSnapshot app = app().route(TABLE, "10.0.0.0/8", "tgw-0aaa").route(TABLE, "10.20.5.0/24", "tgw-0bbb")
                .build();
        VpcSnapshot peer = vpc("vpc-0bbb0002").cidr("10.20.0.0/16").subnet("subnet-0bbb0001", "10.20.1.0/24")
                .in(Vpcs.THERE).build();

        Plan refused = new Planner().plan(app, peer, PeeringOptions.defaults());
        Plan allowed = new Planner().plan(app, peer, new PeeringOptions(
                List.of(PortRange.ICMP), List.of(), false, true, "", true));

        assertThat(refused.requester().notes()).contains(
                new PlanNote.RouteMovesOffPath(TABLE, PEER, new Route(Cidr.parse("10.0.0.0/8"), "tgw-0aaa", false),
                        PathKind.TRANSIT_GATEWAY, false),
                new PlanNote.RouteStays(TABLE, PEER, new Route(Cidr.parse("10.20.5.0/24"), "tgw-0bbb", false)));
        assertThat(allowed.requester().notes()).contains(
                new PlanNote.RouteMovesOffPath(TABLE, PEER, new Route(Cidr.parse("10.0.0.0/8"), "tgw-0aaa", false),
                        PathKind.TRANSIT_GATEWAY, true));
        assertThat(PlanDigest.of(refused)).isNotEqualTo(PlanDigest.of(allowed));
    }
}
