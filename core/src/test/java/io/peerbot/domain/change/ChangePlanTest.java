package io.peerbot.domain.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.PlanNote;
import io.peerbot.domain.plan.Removal;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.plan.RuleRemoval;
import io.peerbot.domain.plan.SidePlan;
import io.peerbot.domain.plan.SideRemoval;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a change does, as counts and notes; its words are the chat adapter's. */
class ChangePlanTest {
    private static final String PCX = "pcx-0a1b2c3d";

    @Test
    void aTeardownCountsRoutesTablesRulesAndGroups() {
        Removal removal = new Removal(
                new SideRemoval("vpc-0aaa0001", Vpcs.HERE, List.of(route("rtb-0a1", "10.1.0.0/16"),
                        route("rtb-0a1", "10.2.0.0/16"), route("rtb-0a2", "10.1.0.0/16")),
                        List.of(rule("sg-0a1", "sgr-0a11"), rule("sg-0a1", "sgr-0a12"))),
                new SideRemoval("vpc-0bbb0002", Vpcs.HERE, List.of(route("rtb-0b1", "10.0.0.0/16")),
                        List.of(rule("sg-0b1", "sgr-0b11"))));

        ChangePlan preview = ChangePlan.teardown(PCX, removal);

        assertThat(preview.removal().routeCount()).isEqualTo(4);
        assertThat(preview.removal().routeTableCount()).isEqualTo(3);
        assertThat(preview.removal().ruleCount()).isEqualTo(3);
        assertThat(preview.removal().groupCount()).isEqualTo(2);
        assertThat(preview.notes()).isEmpty();
    }

    @Test
    void aCloseWithNothingLeftRemovesNothing() {
        SideRemoval none = new SideRemoval("vpc-0aaa0001", Vpcs.HERE, List.of(), List.of());

        ChangePlan preview = ChangePlan.closing(PCX, PortList.parse("tcp:6379"), new Removal(none, none));

        assertThat(preview.removal().ruleCount()).isZero();
        assertThat(preview.ports()).containsExactly(PortList.parse("tcp:6379").get(0));
    }

    @Test
    void anOpenCountsTheRulesToAdd() {
        List<PortRange> redis = PortList.parse("tcp:6379");
        Plan plan = new Plan(
                new SidePlan("vpc-0aaa0001", Vpcs.HERE, List.of(), List.of(
                        new RuleChange("sg-0a1", redis.get(0), Cidr.parse("10.1.0.0/16"))), List.of()),
                new SidePlan("vpc-0bbb0002", Vpcs.HERE, List.of(), List.of(
                        new RuleChange("sg-0b1", redis.get(0), Cidr.parse("10.0.0.0/16")),
                        new RuleChange("sg-0b2", redis.get(0), Cidr.parse("10.0.0.0/16"))), List.of(new PlanNote.IcmpOverIpv4Only())),
                new PeeringOptions(redis, List.of(), false, true, ""));

        ChangePlan preview = ChangePlan.opening(PCX, redis, plan);

        assertThat(preview.additions().ruleCount()).isEqualTo(3);
        assertThat(preview.notes()).containsExactly(new PlanNote.IcmpOverIpv4Only());
    }

    private static RouteChange route(String table, String destination) {
        return new RouteChange(table, Cidr.parse(destination));
    }

    private static RuleRemoval rule(String group, String id) {
        return new RuleRemoval(group, id, PortRange.tcp(5432), Cidr.parse(group.startsWith("sg-0a")
                ? "10.1.0.0/16" : "10.0.0.0/16"));
    }
}
