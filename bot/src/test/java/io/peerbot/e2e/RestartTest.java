package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.Hold;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
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

    /**
     * A kill between EC2 making the request and its first save leaves a request whose record was sealed before EC2
     * named it: nothing is done on it but withdrawing it, once no save of another replica can still be coming.
     */
    @Test
    void aRequestKilledBeforeItsFirstSaveIsWithdrawnAndItsCardSaysSo() throws Exception {
        Hold created = h.ec2.faults().holdAfterApply("CreateVpcPeeringConnection", (account, p) -> true);
        h.type(ALICE, "app-vpc db-vpc --no-test");
        assertThat(created.awaitHeld(Harness.WAIT)).as("EC2 made the request").isTrue();
        h.kill();
        h.restart();
        created.release();
        StoredPeeringConnection pcx = h.onlyPeering();
        assertThat(pcx.tags()).containsEntry("peerbot:seq", "0");

        h.type(ALICE, "retry " + pcx.id());
        String answer = h.awaitEphemeral(ALICE, t -> t.contains("not made")).allText();
        assertThat(answer).contains(pcx.id(), "stopped between creating it in EC2 and recording it",
                "stays pending acceptance");
        h.advance(Duration.ZERO);
        assertThat(pcx.status().code()).as("a save may still be coming").isEqualTo("pending-acceptance");

        h.advance(Duration.ofMinutes(10));

        h.awaitAws("the request withdrawn", () -> "deleted".equals(pcx.status().code()));
        RecordedMessage card = h.slack.awaitMessage(m -> !m.isReply() && m.allText().contains("not made")
                && m.allText().contains(pcx.id()), Harness.WAIT);
        assertThat(card.allText()).contains("The request is withdrawn").doesNotContain("Preparing");
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).isEmpty();

        h.type(ALICE, "app-vpc db-vpc --no-test");
        h.approve(BOB, h.awaitCard());
        h.awaitAws("the new request applied", () -> h.ec2.state().peerings().stream()
                .anyMatch(p -> "active".equals(p.status().code())));
    }
}
