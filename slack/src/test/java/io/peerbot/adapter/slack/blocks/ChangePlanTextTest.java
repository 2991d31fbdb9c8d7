package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.change.ChangePlan;
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

/** What the confirm dialog and the change's message say a change will do. */
class ChangePlanTextTest {
    private static final String PCX = "pcx-0a1b2c3d";

    @Test
    void aTeardownCountsRoutesTablesRulesAndGroups() {
        Removal removal = new Removal(
                new SideRemoval("vpc-0aaa0001", Fixtures.APP_AT, List.of(route("rtb-0a1", "10.1.0.0/16"),
                        route("rtb-0a1", "10.2.0.0/16"), route("rtb-0a2", "10.1.0.0/16")),
                        List.of(rule("sg-0a1", "sgr-0a11"), rule("sg-0a1", "sgr-0a12"))),
                new SideRemoval("vpc-0bbb0002", Fixtures.APP_AT, List.of(route("rtb-0b1", "10.0.0.0/16")),
                        List.of(rule("sg-0b1", "sgr-0b11"))));

        ChangePlan preview = ChangePlan.teardown(PCX, removal);

        assertThat(ChangePlanText.summary(preview)).isEqualTo("Remove 4 routes in 3 route tables, 3 rules in 2 groups, and delete "
                + PCX + ".");
        assertThat(ChangePlanText.lines(preview)).contains("requester `vpc-0aaa0001` (111122223333:eu-west-1)",
                "  remove `rtb-0a1`: `10.2.0.0/16` → `pcx-0a1b2c3d`",
                "  revoke `sg-0b1`: `tcp:5432` from `10.0.0.0/16` (`sgr-0b11`)").last()
                .isEqualTo("then delete `pcx-0a1b2c3d`");
    }

    @Test
    void aCloseWithNothingLeftSaysOnlyTheRecordChanges() {
        SideRemoval none = new SideRemoval("vpc-0aaa0001", Fixtures.APP_AT, List.of(), List.of());

        ChangePlan preview = ChangePlan.closing(PCX, PortList.parse("tcp:6379"), new Removal(none, none));

        assertThat(ChangePlanText.summary(preview)).isEqualTo("No rule of peerbot's allows tcp:6379 on " + PCX
                + " any more; only the record of open ports changes.");
        assertThat(ChangePlanText.lines(preview)).contains("  nothing of peerbot's left to remove");
    }

    @Test
    void anOpenCountsTheRulesToAdd() {
        List<PortRange> redis = PortList.parse("tcp:6379");
        Plan plan = new Plan(
                new SidePlan("vpc-0aaa0001", Fixtures.APP_AT, List.of(), List.of(
                        new RuleChange("sg-0a1", redis.get(0), Cidr.parse("10.1.0.0/16"))), List.of()),
                new SidePlan("vpc-0bbb0002", Fixtures.APP_AT, List.of(), List.of(
                        new RuleChange("sg-0b1", redis.get(0), Cidr.parse("10.0.0.0/16")),
                        new RuleChange("sg-0b2", redis.get(0), Cidr.parse("10.0.0.0/16"))), List.of(new PlanNote.IcmpOverIpv4Only())),
                new PeeringOptions(redis, List.of(), false, true, ""));

        ChangePlan preview = ChangePlan.opening(PCX, redis, plan);

        assertThat(ChangePlanText.summary(preview)).isEqualTo("Add 3 rules in 3 groups (tcp:6379) on " + PCX + ".");
        assertThat(ChangePlanText.lines(preview)).contains("  add `sg-0b2`: allow `tcp:6379` from `10.0.0.0/16`");
    }

    private static RouteChange route(String table, String destination) {
        return new RouteChange(table, Cidr.parse(destination));
    }

    private static RuleRemoval rule(String group, String id) {
        return new RuleRemoval(group, id, PortRange.tcp(5432), Cidr.parse(group.startsWith("sg-0a")
                ? "10.1.0.0/16" : "10.0.0.0/16"));
    }
}
