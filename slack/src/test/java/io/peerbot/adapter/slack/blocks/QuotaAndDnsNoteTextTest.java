package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcDns;
import io.peerbot.domain.plan.PlanNote;
import org.junit.jupiter.api.Test;

class QuotaAndDnsNoteTextTest {
    private static final String VPC = "vpc-0123456789abcdef0";

    @Test
    void aVpcWithoutHostnamesIsToldTheOneCommandThatEnablesThem() {
        assertThat(PlanNoteText.of(new PlanNote.DnsAttributesOff(VPC, new VpcDns(false, true)))).isEqualTo(
                "`--dns` needs DNS resolution and DNS hostnames on in both VPCs: in `" + VPC + "` enable DNS "
                        + "hostnames: `aws ec2 modify-vpc-attribute --vpc-id " + VPC + " --enable-dns-hostnames`.");
    }

    @Test
    void withBothOffResolutionComesFirstAndTheWholeNoteFitsItsLine() {
        String text = PlanNoteText.of(new PlanNote.DnsAttributesOff(VPC, new VpcDns(false, false)));

        assertThat(text).contains("DNS resolution (", "then DNS hostnames (")
                .containsSubsequence("--enable-dns-support", "--enable-dns-hostnames");
        assertThat(text.length()).isLessThanOrEqualTo(PlanLines.LINE);
    }

    @Test
    void quotasThatFellBackSayWhereAndWhy() {
        assertThat(PlanNoteText.of(new PlanNote.DefaultQuotasAssumed(new Location("111122223333", "eu-west-1"),
                "AccessDeniedException: not authorized"))).isEqualTo("quotas: AWS's defaults in "
                + "`111122223333:eu-west-1` (and `PEERBOT_QUOTAS`), Service Quotas did not answer: "
                + "AccessDeniedException: not authorized");
    }
}
