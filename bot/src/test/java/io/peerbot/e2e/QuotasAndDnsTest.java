package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.quotas.ServiceQuotasService;
import io.peerbot.standin.ec2.seed.RouteTableSeed;
import io.peerbot.standin.slack.RecordedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Quotas as Service Quotas applies them in each account and region, and {@code --dns} checking both VPCs' DNS
 * attributes, through the real SDK and the signed Service Quotas call against the stand-ins.
 */
class QuotasAndDnsTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    /**
     * app-vpc's main table with its local route and 48 more: 49 of AWS's default 50, and the peering adds two (one
     * for each of db-vpc's blocks).
     */
    private String nearlyFullMainTable() {
        RouteTableSeed main = h.org.app.mainRouteTable();
        for (int i = 0; i < 48; i++) {
            main.route("172.16." + i + ".0/24", "tgw-0a1b2c3d4e5f60718");
        }
        return main.id();
    }

    @Test
    void atAwsDefaultRoutesQuotaTheRequestIsRefused() {
        String main = nearlyFullMainTable();

        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432");

        RecordedMessage refusal = h.awaitEphemeral(ALICE, t -> t.contains("over the limit"));
        assertThat(refusal.allText()).contains(main, "49 IPv4 routes", "needs 2 more", "over the limit of 50");
        assertThat(h.ec2.state().peerings()).isEmpty();
    }

    @Test
    void aRaisedRoutesQuotaAllowsWhatTheDefaultWouldRefuse() {
        nearlyFullMainTable();
        h.ec2.serviceQuotas().apply(ACCOUNT_A, REGION_A, ServiceQuotasService.ROUTES_PER_TABLE, 100);

        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432");

        RecordedMessage card = h.awaitCard();
        assertThat(card.allText()).doesNotContain("over the limit", "quotas: AWS's defaults");
        assertThat(h.ec2.state().peerings()).hasSize(1);
        assertThat(h.ec2.calls().of("GetServiceQuota")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(200));
    }

    @Test
    void whenServiceQuotasDeniesThePlanSaysTheDefaultsWereUsedAndWhy() {
        h.ec2.deny(ACCOUNT_A, "servicequotas:GetServiceQuota");

        h.type(ALICE, "plan app-vpc db-vpc --ports tcp:5432");

        RecordedMessage plan = h.awaitEphemeral(ALICE, t -> t.contains("quotas:"));
        assertThat(plan.allText()).contains("quotas: AWS's defaults in `" + ACCOUNT_A + ":" + REGION_A + "`",
                "Service Quotas did not answer: AccessDeniedException");
        assertThat(h.ec2.state().peerings()).isEmpty();
    }

    @Test
    void planWithDnsSaysWhatToEnableInTheVpcThatLacksIt() {
        h.org.app.dns(true, true);

        h.type(ALICE, "plan app-vpc db-vpc --ports tcp:5432 --dns");

        RecordedMessage plan = h.awaitEphemeral(ALICE, t -> t.contains("--dns` needs"));
        assertThat(plan.allText()).contains("in `" + h.org.db.id() + "` enable DNS hostnames",
                "aws ec2 modify-vpc-attribute --vpc-id " + h.org.db.id() + " --enable-dns-hostnames")
                .doesNotContain("--vpc-id " + h.org.app.id());
        assertThat(h.ec2.calls().of("DescribeVpcAttribute")).hasSize(4);
    }

    @Test
    void planWithoutDnsReadsNoDnsAttributes() {
        h.type(ALICE, "plan app-vpc db-vpc --ports tcp:5432");

        RecordedMessage plan = h.awaitEphemeral(ALICE, t -> t.contains("app-vpc"));
        assertThat(plan.allText()).doesNotContain("--dns` needs");
        assertThat(h.ec2.calls().of("DescribeVpcAttribute")).isEmpty();
    }
}
