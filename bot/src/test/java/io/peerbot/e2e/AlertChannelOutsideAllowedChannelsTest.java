package io.peerbot.e2e;

import static io.peerbot.e2e.Harness.ALERT_CHANNEL;
import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.seed.PeeringSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The usual setup: the bot acts in the network channel only and reports peering requests it did not make in a
 * security channel. The alert's Reject works in that channel; {@code /peer} does not.
 */
class AlertChannelOutsideAllowedChannelsTest {
    private static final String OUTSIDER = "999999999999";

    @RegisterExtension
    final Harness h = Harness.forEachTest()
            .withEnv("PEERBOT_ACCOUNTS", ACCOUNT_B)
            .allowedChannels(Set.of(Org.CHANNEL))
            .withEnv("PEERBOT_ALERT_CHANNEL", ALERT_CHANNEL)
            .withEnv("PEERBOT_WATCH_INTERVAL", "30s");

    @Test
    void theOwnersRejectOnTheAlertRejectsTheRequest() {
        PeeringSeed phishing = outsiderAsks(h.org.app);
        h.advance(Duration.ofSeconds(30));
        RecordedMessage alert = h.slack.messages(ALERT_CHANNEL).get(0);

        h.slack.clickConfirmed(ALICE, alert, "peer_reject_foreign");

        h.slack.awaitMessage(m -> ALERT_CHANNEL.equals(m.channel()) && m.allText().contains("<@" + ALICE
                + "> rejected the peering request"), Harness.WAIT);
        assertThat(h.ec2.state().peering(phishing.id()).status().code()).isEqualTo("rejected");
        assertThat(h.ec2.calls().of("RejectVpcPeeringConnection")).singleElement()
                .satisfies(c -> assertThat(c.account()).isEqualTo(Org.ACCOUNT_A));
    }

    @Test
    void aCommandTypedInTheAlertChannelIsStillRefused() {
        int mark = h.ec2.calls().mark();

        h.slack.typeCommand(ALICE, ALERT_CHANNEL, "/peer", "app-vpc db-vpc");

        h.awaitEphemeral(ALICE, t -> t.contains("peerbot does not act in") && t.contains(Org.CHANNEL));
        assertThat(h.ec2.calls().since(mark)).isEmpty();
        assertThat(h.slack.messages(ALERT_CHANNEL)).noneMatch(m -> !m.ephemeral());
    }

    private PeeringSeed outsiderAsks(VpcSeed target) {
        VpcSeed evil = h.ec2.seed().account(OUTSIDER).region(REGION_A).vpc("lookalike", "10.99.0.0/16");
        return h.ec2.seed().peering(evil, target, Status.PENDING_ACCEPTANCE);
    }
}
