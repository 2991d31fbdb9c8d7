package io.peerbot.domain.validation;

import static io.peerbot.domain.Vpcs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.RuleTargets;
import io.peerbot.domain.plan.Planner;
import io.peerbot.domain.traffic.PortList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetCheckTest {
    private static final VpcSnapshot APP = vpc("vpc-0aaa0001").name("app-vpc").cidr("10.0.0.0/16")
            .subnet("subnet-0aaa0001", "10.0.1.0/24").instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001").build();
    private static final VpcSnapshot DB = vpc("vpc-0bbb0002").name("db-vpc").cidr("10.1.0.0/16").in(Vpcs.THERE)
            .subnet("subnet-0bbb0001", "10.1.1.0/24").instance("i-0bbb0001", "subnet-0bbb0001", "sg-0bbb0001").build();

    private static List<Rejection> check(RuleTargets targets) {
        PeeringOptions options = new PeeringOptions(PortList.parse("tcp:5432"), List.of(), false, true, "", targets);
        return new PeeringValidator(Quotas.awsDefaults()).validate(APP, DB, List.of(),
                new Planner().plan(APP, DB, options));
    }

    @Test
    void aToGroupOfTheOtherVpcOrATypoIsRefusedNamingWhereItIs() {
        List<Rejection> rejections = check(new RuleTargets(List.of("sg-0aaa0001", "sg-0bbb0fff"), List.of(), false,
                false));

        assertThat(rejections).containsExactly(new Rejection.UnknownGroups("--to", "db-vpc (vpc-0bbb0002)",
                List.of("sg-0aaa0001", "sg-0bbb0fff"), Map.of("sg-0aaa0001", "app-vpc (vpc-0aaa0001)")));
    }

    @Test
    void aFromGroupMustBeTheRequesters() {
        assertThat(check(new RuleTargets(List.of("sg-0bbb0001"), List.of("sg-0bbb0001"), false, false)))
                .containsExactly(new Rejection.UnknownGroups("--from", "app-vpc (vpc-0aaa0001)",
                        List.of("sg-0bbb0001"), Map.of("sg-0bbb0001", "db-vpc (vpc-0bbb0002)")));
    }

    @Test
    void sourceGroupsAcrossRegionsAreRefused() {
        assertThat(check(new RuleTargets(List.of(), List.of(), false, true))).containsExactly(
                new Rejection.SourceGroupsAcrossRegions(Vpcs.HERE.region(), Vpcs.THERE.region()));
    }
}
