package io.peerbot.domain.validation;

import static io.peerbot.domain.Vpcs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.Planner;
import io.peerbot.domain.traffic.PortList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each side is checked against the quotas applied in its own account and region; PEERBOT_QUOTAS wins. */
class QuotasPerSideTest {
    private static final VpcSnapshot APP = vpc("vpc-0aaa0001").name("app-vpc").cidr("10.0.0.0/16")
            .subnet("subnet-0aaa0001", "10.0.1.0/24").instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001")
            .routes("rtb-0aaa0001", 3).build();
    private static final VpcSnapshot DB = vpc("vpc-0bbb0002").name("db-vpc").cidr("10.1.0.0/16").cidr("10.2.0.0/16")
            .subnet("subnet-0bbb0001", "10.1.1.0/24").instance("i-0bbb0001", "subnet-0bbb0001", "sg-0bbb0001")
            .routes("rtb-0bbb0001", 3).build();
    private static final Plan PLAN = new Planner().plan(APP, DB,
            new PeeringOptions(PortList.parse("icmp"), List.of(), false, true, ""));

    @Test
    void aRaisedQuotaOnOneSideDoesNotLiftTheOtherSidesLimit() {
        Quotas low = new Quotas(50, 25, 5, 60);
        Quotas raised = new Quotas(50, 25, 100, 60);

        assertThat(new PeeringValidator(raised, low).validate(APP, DB, List.of(), PLAN)).isEmpty();
        assertThat(new PeeringValidator(low, raised).validate(APP, DB, List.of(), PLAN))
                .singleElement().isInstanceOfSatisfying(Rejection.QuotaReached.class, r -> {
                    assertThat(r.resourceId()).isEqualTo("rtb-0aaa0001");
                    assertThat(r.limit()).isEqualTo(5);
                });
    }

    @Test
    void configuredQuotasWinOverAppliedOnesWhereTheyDifferFromAwsDefaults() {
        Quotas applied = new Quotas(125, 40, 100, 120);

        assertThat(applied.overriddenBy(Quotas.awsDefaults())).isEqualTo(applied);
        assertThat(applied.overriddenBy(Quotas.awsDefaults().withOverrides("routes-per-table=200")))
                .isEqualTo(new Quotas(125, 40, 200, 120));
    }
}
