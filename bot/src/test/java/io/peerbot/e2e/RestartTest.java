package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.slack.RecordedMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** AWS is the only store: a bot that stops at any point picks up where it was from the peering's tags. */
class RestartTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void anApprovalSavedJustBeforeAStopIsAppliedAfterTheRestart() throws Exception {
        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.awaitCard();
        StoredPeeringConnection pcx = h.ec2.state().peerings().get(0);
        h.stopBot();
        // What the approval saves before the apply starts: the process stopped right after it.
        String approvals = pcx.tags().get("peerbot:create-approvals") + " accepter=" + BOB + "@1795939723";
        h.saveAsTheBot(pcx, Map.of("peerbot:create-approvals", approvals, "peerbot:create-state", "applying"));

        h.restart();

        h.awaitInThread(card, t -> t.contains("peerbot restarted while this was being applied"));
        h.awaitInThread(card, t -> t.contains("is ready"));
        assertThat(h.ec2.state().peering(pcx.id()).status().code()).isEqualTo("active");
        assertThat(h.ec2.state().peering(pcx.id()).tags()).containsEntry("peerbot:state", "applied");
    }

    @Test
    void aRequestAwaitingApprovalStillTakesItsClickAfterARestart() throws Exception {
        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.awaitCard();

        h.restart();
        h.approve(BOB, card);

        h.awaitInThread(card, t -> t.contains("is ready"));
    }
}
