package io.peerbot.domain.drift;

import static io.peerbot.domain.Vpcs.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.Peerings;
import io.peerbot.domain.lifecycle.Stage;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.traffic.PortList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DriftCheckTest {
    private static final String PCX = Peerings.PCX.value();
    private final DriftCheck check = new DriftCheck();

    private static Vpcs.Builder app() {
        return Vpcs.vpc("vpc-0aaa0001").cidr("10.0.0.0/16").subnet("subnet-0aaa0001", "10.0.1.0/24")
                .table("rtb-0aaa0011", "subnet-0aaa0001").instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001");
    }

    private static Vpcs.Builder db(String... blocks) {
        return Vpcs.vpc("vpc-0bbb0002").cidr(blocks).subnet("subnet-0bbb0001", "10.1.1.0/24")
                .table("rtb-0bbb0022", "subnet-0bbb0001").instance("i-0bbb0001", "subnet-0bbb0001", "sg-0bbb0002");
    }

    private static final VpcSnapshot APP = app().route("rtb-0aaa0011", "10.1.0.0/16", PCX)
            .group("sg-0aaa0001", rule("tcp:5432", "10.1.0.0/16")).build();
    private static final VpcSnapshot DB = db("10.1.0.0/16").route("rtb-0bbb0022", "10.0.0.0/16", PCX)
            .group("sg-0bbb0002", rule("tcp:5432", "10.0.0.0/16")).build();

    /** Applied for tcp:5432, its scope what the plan covered when it was done. */
    private static ManagedPeering applied() {
        ManagedPeering peering = Peerings.at(Stage.APPLIED, "tcp:5432");
        ApprovedScope scope = ApprovedScope.NONE.widenedBy(new DriftPlans().desired(peering, APP, DB));
        return peering.withDrift(DriftMemo.NONE.withScope(scope));
    }

    @Test
    void aPeeringAsApprovedHasNoFinding() {
        assertThat(check.check(applied(), PeeringStatus.ACTIVE, APP, DB)).isEmpty();
    }

    @Test
    void aDeletedRouteIsMissingOnItsSideAndRepairable() {
        VpcSnapshot appWithoutRoute = app().group("sg-0aaa0001", rule("tcp:5432", "10.1.0.0/16")).build();

        List<Finding> findings = check.check(applied(), PeeringStatus.ACTIVE, appWithoutRoute, DB);

        assertThat(findings).containsExactly(new Finding.Missing(Side.REQUESTER,
                List.of(new RouteChange("rtb-0aaa0011", Cidr.parse("10.1.0.0/16"))), List.of()));
        assertThat(findings.get(0).repairs()).contains(Side.REQUESTER);
        assertThat(findings.get(0).extendable()).isFalse();
        assertThat(check.check(applied(), PeeringStatus.ACTIVE, appWithoutRoute, DB).get(0).fingerprint())
                .isEqualTo(findings.get(0).fingerprint()).hasSize(16);
    }

    @Test
    void aRepairPlanCoversOnlyTheSidesConsentedAndOnlyWhatWasApproved() {
        VpcSnapshot appWithoutRoute = app().group("sg-0aaa0001", rule("tcp:5432", "10.1.0.0/16")).build();
        VpcSnapshot dbWithoutRule = db("10.1.0.0/16").route("rtb-0bbb0022", "10.0.0.0/16", PCX)
                .group("sg-0bbb0002").build();

        DriftPlans plans = new DriftPlans();
        assertThat(plans.repair(applied(), Set.of(Side.ACCEPTER), appWithoutRoute, dbWithoutRule).accepter().rules())
                .containsExactly(new RuleChange("sg-0bbb0002", PortList.parse("tcp:5432").get(0),
                        Cidr.parse("10.0.0.0/16")));
        assertThat(plans.repair(applied(), Set.of(Side.ACCEPTER), appWithoutRoute, dbWithoutRule).requester()
                .isEmpty()).isTrue();
    }

    @Test
    void aNewBlockIsGrowthNotARepair() {
        VpcSnapshot dbGrown = db("10.1.0.0/16", "10.2.0.0/16").route("rtb-0bbb0022", "10.0.0.0/16", PCX)
                .group("sg-0bbb0002", rule("tcp:5432", "10.0.0.0/16")).build();

        List<Finding> findings = check.check(applied(), PeeringStatus.ACTIVE, APP, dbGrown);

        assertThat(findings).singleElement().isInstanceOfSatisfying(Finding.Growth.class, growth -> {
            assertThat(growth.newBlocks()).containsExactly(Cidr.parse("10.2.0.0/16"));
            assertThat(growth.growth().requester().routes())
                    .containsExactly(new RouteChange("rtb-0aaa0011", Cidr.parse("10.2.0.0/16")));
            assertThat(growth.growth().requester().rules()).as("one way by default: the requester opens nothing "
                    + "for tcp:5432 to the accepter's new block").isEmpty();
            assertThat(growth.repairs()).isEmpty();
            assertThat(growth.extendable()).isTrue();
        });
    }

    @Test
    void aPeeringDeletedOutsidePeerbotIsTheOnlyFinding() {
        assertThat(check.check(applied(), PeeringStatus.DELETED, null, null))
                .containsExactly(new Finding.PeeringGone(PeeringStatus.DELETED));
    }

    @Test
    void aRouteThroughThePeeringThatNoPlanAskedForIsReported() {
        VpcSnapshot appExtra = app().route("rtb-0aaa0011", "10.1.0.0/16", PCX).route("rtb-0aaa0011",
                "192.168.0.0/16", PCX).group("sg-0aaa0001", rule("tcp:5432", "10.1.0.0/16")).build();

        assertThat(check.check(applied(), PeeringStatus.ACTIVE, appExtra, DB)).containsExactly(new Finding.Unmade(
                Side.REQUESTER, List.of(new RouteChange("rtb-0aaa0011", Cidr.parse("192.168.0.0/16")))));
    }

    @Test
    void aFindingStaysReportedOrDismissedOnlyWhileItIsSeen() {
        DriftMemo memo = DriftMemo.NONE.seen(Set.of("aaaaaaaaaaaaaaaa"), Set.of("aaaaaaaaaaaaaaaa"))
                .dismiss("bbbbbbbbbbbbbbbb", "U0ALICE");
        assertThat(memo.isNew("aaaaaaaaaaaaaaaa")).isFalse();
        assertThat(memo.isNew("bbbbbbbbbbbbbbbb")).isFalse();

        DriftMemo gone = memo.seen(Set.of(), Set.of());

        assertThat(gone.isNew("aaaaaaaaaaaaaaaa")).isTrue();
        assertThat(gone.isNew("bbbbbbbbbbbbbbbb")).isTrue();
    }
}
