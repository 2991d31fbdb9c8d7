package io.peerbot.e2e;

import static io.peerbot.e2e.Harness.ALERT_CHANNEL;
import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.REGION_A;
import static io.peerbot.e2e.Org.REGION_B;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.seed.PeeringSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Peer phishing: a peering request into one of the organisation's VPCs that peerbot did not make is reported
 * once in the alert channel (also across a restart), with who asks, and never accepted; an owner of the target VPC
 * may reject it there.
 */
class ForeignPeeringRequestTest {
    private static final String OUTSIDER = "999999999999";

    @RegisterExtension
    final Harness h = Harness.forEachTest()
            .withEnv("PEERBOT_ACCOUNTS", ACCOUNT_B)
            .withEnv("PEERBOT_ALERT_CHANNEL", ALERT_CHANNEL)
            .withEnv("PEERBOT_WATCH_INTERVAL", "30s");

    @Test
    void aRequestFromOutsideTheOrganisationIsReportedOnceAndNeverAccepted() {
        PeeringSeed phishing = outsiderAsks(h.org.app);
        int mark = h.ec2.calls().mark();

        h.advance(Duration.ofSeconds(30));

        assertThat(h.slack.messages(ALERT_CHANNEL)).singleElement().satisfies(alert ->
                assertThat(alert.allText()).contains(phishing.id(), OUTSIDER, "outside the organisation",
                        h.org.app.id(), "<@" + Org.ALICE + ">"));
        h.advance(Duration.ofSeconds(90));
        assertThat(h.slack.messages(ALERT_CHANNEL)).hasSize(1);
        assertThat(h.ec2.calls().since(mark)).filteredOn(c -> "DescribeVpcPeeringConnections".equals(c.action()))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).isEmpty();
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> OUTSIDER.equals(c.account()));
        assertThat(h.mutatingCalls()).isEmpty();
        assertThat(h.ec2.state().peering(phishing.id()).status().code()).isEqualTo("pending-acceptance");
    }

    @Test
    void aRequestIntoAWatchedAccountIsReportedToo() {
        PeeringSeed phishing = outsiderAsks(h.org.billing);

        h.advance(Duration.ofSeconds(30));

        assertThat(h.slack.messages(ALERT_CHANNEL)).singleElement().satisfies(alert ->
                assertThat(alert.allText()).contains(phishing.id(), OUTSIDER, "outside the organisation",
                        ACCOUNT_B + ":" + REGION_B, "<@" + Org.DAVE + ">"));
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).isEmpty();
    }

    @Test
    void aRequestPeerbotMadeIsNotReported() {
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --ports tcp:443");
        RecordedMessage card = h.awaitCard();

        h.advance(Duration.ofSeconds(30));

        assertThat(h.ec2.state().peerings()).singleElement()
                .satisfies(p -> assertThat(p.status().code()).isEqualTo("pending-acceptance"));
        assertThat(h.slack.messages(ALERT_CHANNEL)).isEmpty();
        assertThat(card.allText()).contains("billing");
    }

    @Test
    void aRequestStillPendingAfterARestartIsNotReportedAgain() throws Exception {
        outsiderAsks(h.org.app);
        h.advance(Duration.ofSeconds(30));
        assertThat(h.slack.messages(ALERT_CHANNEL)).hasSize(1);

        h.restart();
        h.advance(Duration.ofSeconds(60));

        assertThat(h.slack.messages(ALERT_CHANNEL)).hasSize(1);
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).isEmpty();
        assertThat(h.mutatingCalls()).isEmpty();
    }

    @Test
    void anOwnerOfTheTargetVpcRejectsTheRequestAndNoOneElseMay() {
        PeeringSeed phishing = outsiderAsks(h.org.app);
        h.advance(Duration.ofSeconds(30));
        RecordedMessage alert = h.slack.messages(ALERT_CHANNEL).get(0);
        assertThat(alert.hasButton("peer_reject_foreign")).isTrue();

        h.slack.clickConfirmed(Org.BOB, alert, "peer_reject_foreign");
        h.slack.awaitEphemeral(Org.BOB, m -> m.allText().contains("Only an owner of app-vpc")
                && m.allText().contains("<@" + ALICE + ">"), Harness.WAIT);
        assertThat(h.ec2.state().peering(phishing.id()).status().code()).isEqualTo("pending-acceptance");

        h.slack.clickConfirmed(ALICE, alert, "peer_reject_foreign");

        h.slack.awaitMessage(m -> ALERT_CHANNEL.equals(m.channel()) && m.allText().contains("<@" + ALICE
                + "> rejected the peering request"), Harness.WAIT);
        assertThat(h.ec2.state().peering(phishing.id()).status().code()).isEqualTo("rejected");
        assertThat(h.ec2.calls().of("RejectVpcPeeringConnection")).singleElement()
                .satisfies(c -> assertThat(c.account()).isEqualTo(Org.ACCOUNT_A));
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).isEmpty();
    }

    private PeeringSeed outsiderAsks(VpcSeed target) {
        VpcSeed evil = h.ec2.seed().account(OUTSIDER).region(REGION_A).vpc("lookalike", "10.99.0.0/16");
        return h.ec2.seed().peering(evil, target, Status.PENDING_ACCEPTANCE);
    }
}
