package io.peerbot.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanDigestTest {
    private static final PeeringOptions OPTIONS =
            new PeeringOptions(PortList.parse("tcp:5432,icmp"), List.of("subnet-0aaa0001"), false, true, "db");

    static Plan approved() {
        return plan(List.of(route("rtb-0aaa0001", "10.1.0.0/16"), route("rtb-0aaa0002", "10.1.0.0/16")),
                List.of(rule("sg-0aaa0001", "tcp:5432", "10.1.0.0/16"), rule("sg-0aaa0001", "icmp", "10.1.0.0/16")),
                OPTIONS);
    }

    static Plan plan(List<RouteChange> requesterRoutes, List<RuleChange> requesterRules, PeeringOptions options) {
        return new Plan(new SidePlan("vpc-0aaa0001", Vpcs.HERE, requesterRoutes, requesterRules, List.of()),
                new SidePlan("vpc-0bbb0002", Vpcs.THERE, List.of(route("rtb-0bbb0002", "10.0.0.0/16")),
                        List.of(rule("sg-0bbb0001", "tcp:5432", "10.0.0.0/16")), List.of()), options);
    }

    static RouteChange route(String table, String cidr) {
        return new RouteChange(table, Cidr.parse(cidr));
    }

    static RuleChange rule(String group, String ports, String cidr) {
        return new RuleChange(group, PortList.parse(ports).get(0), Cidr.parse(cidr));
    }

    @Test
    void isThirtyTwoHexDigitsAndTheSameForTheSamePlan() {
        PlanDigest digest = PlanDigest.of(approved());

        assertThat(digest.value()).matches("[0-9a-f]{32}");
        assertThat(PlanDigest.of(approved())).isEqualTo(digest);
        assertThat(digest.matches(approved())).isTrue();
        assertThat(new PlanDigest(digest.value())).isEqualTo(digest);
    }

    @Test
    void staysTheSameAcrossVersionsSoADigestKeptInATagStillMatches() {
        assertThat(PlanDigest.of(approved()).value()).isEqualTo("8bd72f20fce2f8024eeca88f6cba25cc");
    }

    @Test
    void theSamePlanInAnotherOrderHasTheSameDigest() {
        Plan plan = approved();
        List<RouteChange> routes = new ArrayList<>(plan.requester().routes());
        List<RuleChange> rules = new ArrayList<>(plan.requester().rules());
        Collections.reverse(routes);
        Collections.reverse(rules);
        PeeringOptions reordered = new PeeringOptions(PortList.parse("icmp,tcp:5432"), OPTIONS.subnets(),
                OPTIONS.dns(), OPTIONS.test(), OPTIONS.reason());

        assertThat(PlanDigest.of(plan(routes, rules, reordered))).isEqualTo(PlanDigest.of(plan));
    }

    @Test
    void wordingTheTestFlagAndTheReasonDoNotCount() {
        Plan plan = approved();
        Plan annotated = new Plan(new SidePlan("vpc-0aaa0001", Vpcs.HERE, plan.requester().routes(),
                plan.requester().rules(), List.of(new PlanNote.IcmpOverIpv4Only())), plan.accepter(),
                new PeeringOptions(OPTIONS.ports(), OPTIONS.subnets(), OPTIONS.dns(), false, "another reason"));

        assertThat(PlanDigest.of(annotated)).isEqualTo(PlanDigest.of(plan));
    }

    static Stream<Arguments> changes() {
        return Stream.<Arguments>of(
                Arguments.of("a new group", (UnaryOperator<Plan>) p -> withRequester(p, p.requester().routes(),
                        plus(p.requester().rules(), rule("sg-0aaa0009", "tcp:5432", "10.1.0.0/16")))),
                Arguments.of("a new route table", (UnaryOperator<Plan>) p -> withRequester(p,
                        plus(p.requester().routes(), route("rtb-0aaa0009", "10.1.0.0/16")), p.requester().rules())),
                Arguments.of("a wider port range", (UnaryOperator<Plan>) p -> withRequester(p, p.requester().routes(),
                        List.of(rule("sg-0aaa0001", "tcp:1-65535", "10.1.0.0/16"),
                                rule("sg-0aaa0001", "icmp", "10.1.0.0/16")))),
                Arguments.of("another source", (UnaryOperator<Plan>) p -> withRequester(p, p.requester().routes(),
                        List.of(rule("sg-0aaa0001", "tcp:5432", "0.0.0.0/0"),
                                rule("sg-0aaa0001", "icmp", "10.1.0.0/16")))),
                Arguments.of("a removed route", (UnaryOperator<Plan>) p -> withRequester(p,
                        p.requester().routes().subList(0, 1), p.requester().rules())),
                Arguments.of("dns switched on", (UnaryOperator<Plan>) p -> new Plan(p.requester(), p.accepter(),
                        new PeeringOptions(OPTIONS.ports(), OPTIONS.subnets(), true, true, ""))),
                Arguments.of("another subnet list", (UnaryOperator<Plan>) p -> new Plan(p.requester(), p.accepter(),
                        new PeeringOptions(OPTIONS.ports(), List.of("subnet-0aaa0002"), false, true, ""))),
                Arguments.of("another port asked", (UnaryOperator<Plan>) p -> new Plan(p.requester(), p.accepter(),
                        new PeeringOptions(List.of(PortRange.tcp(22)), OPTIONS.subnets(), false, true, ""))),
                Arguments.of("the same rule moved to the other side", (UnaryOperator<Plan>) p -> new Plan(
                        new SidePlan("vpc-0aaa0001", Vpcs.HERE, p.requester().routes(), p.requester().rules(),
                                List.of()),
                        new SidePlan("vpc-0bbb0002", Vpcs.THERE, p.accepter().routes(),
                                List.of(rule("sg-0bbb0001", "tcp:5432", "10.0.0.0/16"),
                                        rule("sg-0aaa0001", "icmp", "10.1.0.0/16")), List.of()), p.options())),
                Arguments.of("the accepter in another region", (UnaryOperator<Plan>) p -> new Plan(p.requester(),
                        new SidePlan("vpc-0bbb0002", new Location(Vpcs.THERE.account(), "eu-west-1"),
                                p.accepter().routes(), p.accepter().rules(), List.of()), p.options())));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("changes")
    void anyChangeToWhatIsAppliedGivesAnotherDigest(String description, UnaryOperator<Plan> change) {
        assertThat(PlanDigest.of(change.apply(approved()))).isNotEqualTo(PlanDigest.of(approved()));
    }

    @Test
    void idsThatRunTogetherDoNotCollide() {
        Plan one = plan(List.of(route("rtb-1", "10.1.0.0/16")), List.of(rule("sg-12", "tcp:5432", "10.1.0.0/16")),
                OPTIONS);
        Plan other = plan(List.of(route("rtb-1", "10.1.0.0/16")), List.of(rule("sg-1", "tcp:5432", "10.1.0.0/16")),
                OPTIONS);

        assertThat(PlanDigest.of(one)).isNotEqualTo(PlanDigest.of(other));
    }

    @Test
    void aRemovalHasItsOwnDigestThatChangesWithEveryRouteOrRuleItTakesAway() {
        Location here = new Location("111122223333", "eu-west-1");
        RouteChange route = new RouteChange("rtb-0001", Cidr.parse("10.1.0.0/16"));
        RuleRemoval rule = new RuleRemoval("sg-0001", "sgr-0001", PortRange.tcp(5432), Cidr.parse("10.1.0.0/16"));
        SideRemoval accepter = new SideRemoval("vpc-0002", here, List.of(), List.of());
        Removal both = new Removal(new SideRemoval("vpc-0001", here, List.of(route), List.of(rule)), accepter);
        Removal routeOnly = new Removal(new SideRemoval("vpc-0001", here, List.of(route), List.of()), accepter);

        assertThat(PlanDigest.of(both)).isEqualTo(PlanDigest.of(both));
        assertThat(PlanDigest.of(both)).isNotEqualTo(PlanDigest.of(routeOnly));
        assertThat(PlanDigest.of(both).value()).matches("[0-9a-f]{32}");
    }

    @Test
    void refusesAValueThatIsNotADigest() {
        assertThatThrownBy(() -> new PlanDigest("not-a-digest")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 lowercase hex digits");
    }

    static Plan withRequester(Plan plan, List<RouteChange> routes, List<RuleChange> rules) {
        return new Plan(new SidePlan(plan.requester().vpcId(), plan.requester().location(), routes, rules, List.of()),
                plan.accepter(), plan.options());
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }
}
