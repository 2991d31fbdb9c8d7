package io.peerbot.domain.plan;

import static io.peerbot.domain.Vpcs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.traffic.PortList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTextTest {

    @Test
    void showsEachChangeOnALine() {
        Plan plan = new Planner().plan(
                vpc("vpc-0aaa0001").cidr("10.0.0.0/16").subnet("subnet-0aaa0001", "10.0.1.0/24")
                        .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001").build(),
                vpc("vpc-0bbb0002").cidr("10.1.0.0/16").in(Vpcs.THERE).subnet("subnet-0bbb0001", "10.1.1.0/24")
                        .build(),
                new PeeringOptions(PortList.parse("tcp:5432"), List.of(), true, true, ""));

        assertThat(PlanText.lines(plan, "pcx-0a1b2c3d")).containsExactly(
                "requester `vpc-0aaa0001` (111122223333:eu-west-1)",
                "  `rtb-0aaa0001`: `10.1.0.0/16` → `pcx-0a1b2c3d`",
                "  `sg-0aaa0001`: allow `tcp:5432` from `10.1.0.0/16`",
                "accepter `vpc-0bbb0002` (222233334444:us-east-1)",
                "  `rtb-0bbb0002`: `10.0.0.0/16` → `pcx-0a1b2c3d`",
                "  note: " + plan.accepter().notes().get(0),
                "DNS: each side resolves the other's private DNS names across the peering");
        assertThat(PlanText.lines(plan).get(1)).isEqualTo("  `rtb-0aaa0001`: `10.1.0.0/16` → the peering");
    }

    @Test
    void saysWhenASideHasNothingToChange() {
        Plan empty = new Plan(new SidePlan("vpc-0aaa0001", Vpcs.HERE, List.of(), List.of(), List.of()),
                new SidePlan("vpc-0bbb0002", Vpcs.HERE, List.of(), List.of(), List.of()), PeeringOptions.defaults());

        assertThat(PlanText.lines(empty)).containsExactly(
                "requester `vpc-0aaa0001` (111122223333:eu-west-1)", "  nothing to change",
                "accepter `vpc-0bbb0002` (111122223333:eu-west-1)", "  nothing to change");
    }
}
