package io.peerbot.domain.plan;

import static io.peerbot.domain.Vpcs.rule;
import static io.peerbot.domain.Vpcs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.RuleTargets;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plans as tables: each expected line is {@code requester|accepter rtb… block} for a route and
 * {@code requester|accepter sg… ports from block} for a rule, routes first, in the plan's order.
 */
class PlannerTest {
    private static final String PCX = "pcx-0a1b2c3d4e5f60718";

    /** app-vpc: two subnets on the main table, an instance in the first. */
    private static Vpcs.Builder app() {
        return vpc("vpc-0aaa0001").name("app-vpc").cidr("10.0.0.0/16")
                .subnet("subnet-0aaa0001", "10.0.1.0/24").subnet("subnet-0aaa0002", "10.0.2.0/24")
                .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001");
    }

    /** db-vpc: one subnet on the main table, an instance in it. */
    private static Vpcs.Builder db() {
        return vpc("vpc-0bbb0002").name("db-vpc").cidr("10.1.0.0/16").in(Vpcs.THERE)
                .subnet("subnet-0bbb0001", "10.1.1.0/24")
                .instance("i-0bbb0001", "subnet-0bbb0001", "sg-0bbb0001");
    }

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("main tables, default icmp", app().build(), db().build(), options("icmp"), List.of(
                        "requester rtb-0aaa0001 10.1.0.0/16",
                        "requester sg-0aaa0001 icmp from 10.1.0.0/16",
                        "accepter rtb-0bbb0002 10.0.0.0/16",
                        "accepter sg-0bbb0001 icmp from 10.0.0.0/16")),
                Arguments.of("secondary IPv4 blocks on the peer",
                        app().build(), db().cidr("100.64.0.0/16", "10.2.0.0/16").build(), options("tcp:5432"), List.of(
                        "requester rtb-0aaa0001 10.1.0.0/16",
                        "requester rtb-0aaa0001 10.2.0.0/16",
                        "requester rtb-0aaa0001 100.64.0.0/16",
                        "accepter rtb-0bbb0002 10.0.0.0/16",
                        "accepter sg-0bbb0001 tcp:5432 from 10.0.0.0/16")),
                Arguments.of("IPv6 on one side only: no IPv6 routes or rules",
                        app().cidr("2600:1f18:aaaa:1200::/56").build(), db().build(), options("tcp:5432"), List.of(
                        "requester rtb-0aaa0001 10.1.0.0/16",
                        "accepter rtb-0bbb0002 10.0.0.0/16",
                        "accepter sg-0bbb0001 tcp:5432 from 10.0.0.0/16")),
                Arguments.of("IPv6 on both sides: IPv6 routes and rules, icmp from IPv4 only",
                        app().cidr("2600:1f18:aaaa:1200::/56").build(), db().cidr("2600:1f18:bbbb:3400::/56").build(),
                        options("tcp:5432,icmp"), List.of(
                        "requester rtb-0aaa0001 10.1.0.0/16",
                        "requester rtb-0aaa0001 2600:1f18:bbbb:3400::/56",
                        "requester sg-0aaa0001 icmp from 10.1.0.0/16",
                        "accepter rtb-0bbb0002 10.0.0.0/16",
                        "accepter rtb-0bbb0002 2600:1f18:aaaa:1200::/56",
                        "accepter sg-0bbb0001 tcp:5432 from 10.0.0.0/16",
                        "accepter sg-0bbb0001 tcp:5432 from 2600:1f18:aaaa:1200::/56",
                        "accepter sg-0bbb0001 icmp from 10.0.0.0/16")),
                Arguments.of("a subnet left on the main table: the main table gets routes too",
                        app().table("rtb-0aaa00a1", "subnet-0aaa0001").build(), db().build(), options("icmp"), List.of(
                        "requester rtb-0aaa0001 10.1.0.0/16",
                        "requester rtb-0aaa00a1 10.1.0.0/16",
                        "requester sg-0aaa0001 icmp from 10.1.0.0/16",
                        "accepter rtb-0bbb0002 10.0.0.0/16",
                        "accepter sg-0bbb0001 icmp from 10.0.0.0/16")),
                Arguments.of("every subnet explicitly associated: the main table is untouched",
                        app().table("rtb-0aaa00a2", "subnet-0aaa0002").table("rtb-0aaa00a1", "subnet-0aaa0001").build(),
                        db().table("rtb-0bbb00b1", "subnet-0bbb0001").build(), options("icmp"), List.of(
                        "requester rtb-0aaa00a1 10.1.0.0/16",
                        "requester rtb-0aaa00a2 10.1.0.0/16",
                        "requester sg-0aaa0001 icmp from 10.1.0.0/16",
                        "accepter rtb-0bbb00b1 10.0.0.0/16",
                        "accepter sg-0bbb0001 icmp from 10.0.0.0/16")),
                Arguments.of("--subnets narrows the side it names, and the sources to those subnets' blocks",
                        app().table("rtb-0aaa00a1", "subnet-0aaa0001").table("rtb-0aaa00a2", "subnet-0aaa0002")
                                .instance("i-0aaa0002", "subnet-0aaa0002", "sg-0aaa0002").build(),
                        db().build(), options("tcp:443", "subnet-0aaa0002"), List.of(
                        "requester rtb-0aaa00a2 10.1.0.0/16",
                        "accepter rtb-0bbb0002 10.0.0.0/16",
                        "accepter sg-0bbb0001 tcp:443 from 10.0.2.0/24")),
                Arguments.of("--subnets on the accepter: its groups there only, and the mirror sources narrowed",
                        app().build(),
                        db().subnet("subnet-0bbb0002", "10.1.2.0/24").table("rtb-0bbb00b2", "subnet-0bbb0002")
                                .instance("i-0bbb0002", "subnet-0bbb0002", "sg-0bbb0002").build(),
                        bothWays(options("tcp:443", "subnet-0bbb0002")), List.of(
                        "requester rtb-0aaa0001 10.1.0.0/16",
                        "requester sg-0aaa0001 tcp:443 from 10.1.2.0/24",
                        "accepter rtb-0bbb00b2 10.0.0.0/16",
                        "accepter sg-0bbb0002 tcp:443 from 10.0.0.0/16")),
                Arguments.of("a peerbot:group tag overrides the interfaces' groups",
                        app().taggedGroup("sg-0aaa00ff").taggedGroup("sg-0aaa00fe").build(), db().build(),
                        bothWays(options("tcp:5432")), List.of(
                        "requester rtb-0aaa0001 10.1.0.0/16",
                        "requester sg-0aaa00fe tcp:5432 from 10.1.0.0/16",
                        "requester sg-0aaa00ff tcp:5432 from 10.1.0.0/16",
                        "accepter rtb-0bbb0002 10.0.0.0/16",
                        "accepter sg-0bbb0001 tcp:5432 from 10.0.0.0/16")),
                Arguments.of("no instance and no tagged group: routes only",
                        app().build(), vpc("vpc-0bbb0002").cidr("10.1.0.0/16").subnet("subnet-0bbb0001", "10.1.1.0/24")
                                .instanceIn("terminated", "i-0bbb0009", "subnet-0bbb0001", "sg-0bbb0009").build(),
                        options("icmp"), List.of(
                        "requester rtb-0aaa0001 10.1.0.0/16",
                        "requester sg-0aaa0001 icmp from 10.1.0.0/16",
                        "accepter rtb-0bbb0002 10.0.0.0/16")),
                Arguments.of("several ports from several blocks, both ways; shared tables and groups once",
                        app().instanceIn("stopped", "i-0aaa0003", "subnet-0aaa0002", "sg-0aaa0001", "sg-0aaa0003")
                                .build(),
                        db().cidr("10.2.0.0/16").build(), bothWays(options("tcp:5432,tcp:8000-8100")), List.of(
                        "requester rtb-0aaa0001 10.1.0.0/16",
                        "requester rtb-0aaa0001 10.2.0.0/16",
                        "requester sg-0aaa0001 tcp:5432 from 10.1.0.0/16",
                        "requester sg-0aaa0001 tcp:5432 from 10.2.0.0/16",
                        "requester sg-0aaa0001 tcp:8000-8100 from 10.1.0.0/16",
                        "requester sg-0aaa0001 tcp:8000-8100 from 10.2.0.0/16",
                        "requester sg-0aaa0003 tcp:5432 from 10.1.0.0/16",
                        "requester sg-0aaa0003 tcp:5432 from 10.2.0.0/16",
                        "requester sg-0aaa0003 tcp:8000-8100 from 10.1.0.0/16",
                        "requester sg-0aaa0003 tcp:8000-8100 from 10.2.0.0/16",
                        "accepter rtb-0bbb0002 10.0.0.0/16",
                        "accepter sg-0bbb0001 tcp:5432 from 10.0.0.0/16",
                        "accepter sg-0bbb0001 tcp:8000-8100 from 10.0.0.0/16")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("plans")
    void plansRoutesAndRules(String description, VpcSnapshot requester, VpcSnapshot accepter, PeeringOptions options,
                             List<String> expected) {
        Plan plan = new Planner().plan(requester, accepter, options);

        assertThat(lines(plan)).containsExactlyElementsOf(expected);
        assertThat(plan.requester().vpcId()).isEqualTo(requester.id());
        assertThat(plan.accepter().location()).isEqualTo(accepter.location());
        assertThat(plan.options()).isEqualTo(options);
    }

    static Stream<Arguments> notes() {
        return Stream.of(
                Arguments.of("a side without a group says how to get one",
                        vpc("vpc-0bbb0002").cidr("10.1.0.0/16").subnet("subnet-0bbb0001", "10.1.1.0/24").build(),
                        "icmp", new PlanNote.NoGroupToOpen("vpc-0bbb0002", "peerbot:group"), false),
                Arguments.of("a side without subnets",
                        vpc("vpc-0bbb0002").cidr("10.1.0.0/16").build(), "icmp",
                        new PlanNote.NoSubnets("vpc-0bbb0002"), false),
                Arguments.of("icmp over IPv6",
                        db().cidr("2600:1f18:bbbb:3400::/56").build(), "icmp,tcp:22",
                        new PlanNote.IcmpOverIpv4Only(), true));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("notes")
    void notesWhatAPersonShouldKnow(String description, VpcSnapshot accepter, String ports, PlanNote note,
                                    boolean requesterToo) {
        VpcSnapshot requester = app().cidr("2600:1f18:aaaa:1200::/56").build();

        Plan plan = new Planner().plan(requester, accepter, options(ports));

        assertThat(plan.accepter().notes()).contains(note);
        assertThat(plan.requester().notes().contains(note)).isEqualTo(requesterToo);
    }

    static Stream<Arguments> partlyApplied() {
        VpcSnapshot db = db().cidr("10.2.0.0/16").build();
        List<String> whole = List.of(
                "requester rtb-0aaa0001 10.1.0.0/16",
                "requester rtb-0aaa0001 10.2.0.0/16",
                "requester sg-0aaa0001 tcp:5432 from 10.1.0.0/16",
                "requester sg-0aaa0001 tcp:5432 from 10.2.0.0/16",
                "accepter rtb-0bbb0002 10.0.0.0/16",
                "accepter sg-0bbb0001 tcp:5432 from 10.0.0.0/16");
        return Stream.of(
                Arguments.of("nothing applied yet", app().build(), db, whole),
                Arguments.of("one route and one rule applied on the requester side",
                        app().route("rtb-0aaa0001", "10.1.0.0/16", PCX)
                                .group("sg-0aaa0001", rule("tcp:5432", "10.2.0.0/16")).build(), db, List.of(
                        "requester rtb-0aaa0001 10.2.0.0/16",
                        "requester sg-0aaa0001 tcp:5432 from 10.1.0.0/16",
                        "accepter rtb-0bbb0002 10.0.0.0/16",
                        "accepter sg-0bbb0001 tcp:5432 from 10.0.0.0/16")),
                Arguments.of("a route through another peering, a rule for other ports or from a group still count",
                        app().route("rtb-0aaa0001", "10.1.0.0/16", "pcx-0fff0fff")
                                .group("sg-0aaa0001", rule("tcp:5433", "10.1.0.0/16"), rule("tcp:5432", "10.1.0.0/24"),
                                        Vpcs.groupRule("tcp:5432", "sg-0bbb0001")).build(), db, whole),
                Arguments.of("everything applied",
                        app().route("rtb-0aaa0001", "10.1.0.0/16", PCX).route("rtb-0aaa0001", "10.2.0.0/16", PCX)
                                .group("sg-0aaa0001", rule("tcp:5432", "10.1.0.0/16"), rule("tcp:5432", "10.2.0.0/16"))
                                .build(),
                        db().cidr("10.2.0.0/16").route("rtb-0bbb0002", "10.0.0.0/16", PCX)
                                .group("sg-0bbb0001", rule("tcp:5432", "10.0.0.0/16")).build(), List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("partlyApplied")
    void leavesOutWhatIsAlreadyThere(String description, VpcSnapshot appNow, VpcSnapshot dbNow, List<String> expected) {
        Plan plan = new Planner().plan(app().build(), db().cidr("10.2.0.0/16").build(),
                bothWays(options("tcp:5432")));

        Plan outstanding = plan.outstanding(appNow, dbNow, PCX);

        assertThat(lines(outstanding)).containsExactlyElementsOf(expected);
        assertThat(outstanding.isEmpty()).isEqualTo(expected.isEmpty());
        assertThat(outstanding.options()).isEqualTo(plan.options());
    }

    @Test
    void subnetsListedInSubnetsThatAreGoneAreRefusedNeverWidenedToEverySubnet() {
        VpcSnapshot appWithoutTheListedSubnet = vpc("vpc-0aaa0001").name("app-vpc").cidr("10.0.0.0/16")
                .subnet("subnet-0aaa0001", "10.0.1.0/24").table("rtb-0aaa00a1", "subnet-0aaa0001")
                .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001").build();
        PeeringOptions narrowed = options("tcp:443", "subnet-0aaa0002");

        PlanOutcome outcome = new Planner().outcome(appWithoutTheListedSubnet, db().build(), narrowed);
        Plan plan = new Planner().plan(appWithoutTheListedSubnet, db().build(), narrowed);

        assertThat(outcome).isEqualTo(new PlanOutcome.SubnetsGone(List.of("subnet-0aaa0002")));
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.requester().notes()).containsExactly(new PlanNote.SubnetsGone(List.of("subnet-0aaa0002")));
    }

    @Test
    void oneGoneSubnetOfSeveralRefusesTooButAnEmptyListPlansEverySubnet() {
        VpcSnapshot app = app().build();

        assertThat(new Planner().outcome(app, db().build(), options("icmp", "subnet-0aaa0001", "subnet-0aaa0009")))
                .isEqualTo(new PlanOutcome.SubnetsGone(List.of("subnet-0aaa0009")));
        assertThat(new Planner().outcome(app, db().build(), options("icmp")))
                .isEqualTo(new PlanOutcome.Planned(new Planner().plan(app, db().build(), options("icmp"))));
    }

    static PeeringOptions options(String ports, String... subnets) {
        return new PeeringOptions(PortList.parse(ports), List.of(subnets), false, true, "");
    }

    static PeeringOptions bothWays(PeeringOptions options) {
        return options.withTargets(new RuleTargets(List.of(), List.of(), true, false));
    }

    static List<String> lines(Plan plan) {
        List<String> lines = new ArrayList<>();
        for (Side side : Side.values()) {
            SidePlan part = plan.side(side);
            part.routes().forEach(r -> lines.add(side.label() + " " + r.routeTableId() + " " + r.destination()));
            part.rules().forEach(r -> lines.add(side.label() + " " + r.groupId() + " " + r.ports() + " from "
                    + r.sourceText()));
        }
        return lines;
    }
}
