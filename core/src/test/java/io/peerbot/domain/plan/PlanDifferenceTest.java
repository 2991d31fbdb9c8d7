package io.peerbot.domain.plan;

import static io.peerbot.domain.Vpcs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The difference between the plan on the approved card and the plan the VPCs call for at apply time. */
class PlanDifferenceTest {
    private static final PeeringOptions OPTIONS =
            new PeeringOptions(PortList.parse("tcp:5432"), List.of(), false, true, "");
    private final Planner planner = new Planner();

    private static Vpcs.Builder app() {
        return vpc("vpc-0aaa0001").name("app-vpc").cidr("10.0.0.0/16")
                .subnet("subnet-0aaa0001", "10.0.1.0/24").subnet("subnet-0aaa0002", "10.0.2.0/24")
                .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001");
    }

    private static Vpcs.Builder db() {
        return vpc("vpc-0bbb0002").name("db-vpc").cidr("10.1.0.0/16").in(Vpcs.THERE)
                .subnet("subnet-0bbb0001", "10.1.1.0/24")
                .instance("i-0bbb0001", "subnet-0bbb0001", "sg-0bbb0001");
    }

    @Test
    void anInstanceLaunchedAfterTheRequestBringsAGroupThatChangesTheDigestAndIsNamed() {
        Plan approved = planner.plan(app().build(), db().build(), OPTIONS);
        Plan now = planner.plan(app().build(), db().instance("i-0bbb0002", "subnet-0bbb0001", "sg-0bbb0007").build(),
                OPTIONS);

        PlanDifference difference = PlanDifference.between(approved, now);

        assertThat(PlanDigest.of(now)).isNotEqualTo(PlanDigest.of(approved));
        assertThat(difference.isEmpty()).isFalse();
        assertThat(difference.side(Side.ACCEPTER).groupsAdded()).containsExactly("sg-0bbb0007");
        assertThat(difference.side(Side.ACCEPTER).rulesAdded()).containsExactly(
                new RuleChange("sg-0bbb0007", PortList.parse("tcp:5432").get(0), Cidr.parse("10.0.0.0/16")));
        assertThat(difference.side(Side.ACCEPTER).rulesRemoved()).isEmpty();
        assertThat(difference.side(Side.REQUESTER).isEmpty()).isTrue();
    }

    @Test
    void aNewRouteTableAndAGroupThatLostItsInstanceAreBothNamed() {
        Plan approved = planner.plan(app().build(), db().build(), OPTIONS);
        Plan now = planner.plan(app().build(),
                vpc("vpc-0bbb0002").name("db-vpc").cidr("10.1.0.0/16").in(Vpcs.THERE)
                        .subnet("subnet-0bbb0001", "10.1.1.0/24").table("rtb-0bbb00b1", "subnet-0bbb0001")
                        .instanceIn("terminated", "i-0bbb0001", "subnet-0bbb0001", "sg-0bbb0001").build(), OPTIONS);

        PlanDifference.SideDifference accepter = PlanDifference.between(approved, now).side(Side.ACCEPTER);

        assertThat(accepter.tablesAdded()).containsExactly("rtb-0bbb00b1");
        assertThat(accepter.tablesRemoved()).containsExactly("rtb-0bbb0002");
        assertThat(accepter.routesAdded()).containsExactly(new RouteChange("rtb-0bbb00b1", Cidr.parse("10.0.0.0/16")));
        assertThat(accepter.groupsRemoved()).containsExactly("sg-0bbb0001");
        assertThat(accepter.groupsAdded()).isEmpty();
    }

    @Test
    void theSamePlanInAnotherOrderMakesNoDifference() {
        Plan plan = planner.plan(app().build(), db().cidr("10.2.0.0/16").build(), OPTIONS);
        Plan reversed = new Plan(new SidePlan(plan.requester().vpcId(), plan.requester().location(),
                reversed(plan.requester().routes()), reversed(plan.requester().rules()), List.of()),
                plan.accepter(), plan.options());

        assertThat(PlanDifference.between(plan, reversed).isEmpty()).isTrue();
        assertThat(PlanDigest.of(reversed)).isEqualTo(PlanDigest.of(plan));
    }

    @Test
    void dnsSwitchedOnIsADifference() {
        Plan plan = planner.plan(app().build(), db().build(), OPTIONS);
        Plan withDns = new Plan(plan.requester(), plan.accepter(),
                new PeeringOptions(OPTIONS.ports(), OPTIONS.subnets(), true, true, ""));

        PlanDifference difference = PlanDifference.between(plan, withDns);

        assertThat(difference.dnsChanged()).isTrue();
        assertThat(difference.isEmpty()).isFalse();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
