package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.DAVE;
import static io.peerbot.e2e.Org.REGION_B;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.Fault;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.slack.RecordedMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * EC2 is eventually consistent and may fail a request after making it: a new peering the accepter's account
 * does not see yet, a create whose answer is lost, a request EC2 fails at once.
 */
class EventualConsistencyTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void anAccepterAccountThatSeesTheNewPeeringOnlyAfterAWhileStillAcceptsAndAppliesIt() {
        h.ec2.settings().accepterSeesNewPeeringsAfter(4);

        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --no-test --ports tcp:443");
        RecordedMessage card = h.awaitCard();
        h.approve(DAVE, card);

        h.awaitInThread(card, t -> t.contains("is ready"));
        StoredPeeringConnection pcx = h.onlyPeering();
        assertThat(pcx.status().code()).isEqualTo("active");
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).filteredOn(c -> c.succeeded()).hasSize(1);
    }

    @Test
    void theAccepterAccountSeesThePeeringNamedAndTaggedAsTheRequestWrittenInItsOwnAccount() {
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --ports tcp:443");
        RecordedMessage card = h.awaitCard();

        StoredPeeringConnection pcx = h.onlyPeering();
        assertThat(pcx.accepterTags()).containsEntry("Name", pcx.tags().get("Name"))
                .containsEntry("peerbot:managed", "true")
                .containsEntry("peerbot:thread", card.ts())
                .containsEntry("peerbot:channel", card.channel());
        assertThat(pcx.tags().get("Name")).contains("app-vpc", "billing");
        assertThat(h.ec2.calls().of("CreateTags")).filteredOn(c -> c.account().equals(ACCOUNT_B))
                .isNotEmpty().allSatisfy(c -> assertThat(c.callerArn()).contains(ACCOUNT_B));
    }

    @Test
    void aCreateWhoseAnswerIsLostAndThatEc2ListsLateMakesOnePeering() {
        h.ec2.settings().requesterSeesNewPeeringsAfter(3);
        h.ec2.faults().failNext("CreateVpcPeeringConnection", Fault.INTERNAL_ERROR_AFTER_APPLY, 1);

        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432");
        RecordedMessage card = h.awaitCard();

        assertThat(h.ec2.state().peerings()).hasSize(1);
        assertThat(h.ec2.calls().of("CreateVpcPeeringConnection")).filteredOn(c -> !c.dryRun()).hasSize(1);
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:thread", card.ts());
    }

    @Test
    void aRequestEc2FailsRightAwayIsClosedWithEc2sReasonOnItsCardAndInItsThread() {
        h.ec2.settings().nextPeeringFails("Failed due to overlapping CIDR range.");

        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432");

        RecordedMessage card = h.slack.awaitMessage(m -> !m.ephemeral() && !m.isReply()
                && m.allText().contains("AWS did not pass on the request"), Harness.WAIT);
        assertThat(card.allText()).contains("failed", "Failed due to overlapping CIDR range.");
        assertThat(card.hasButton("peer_approve")).isFalse();
        h.awaitInThread(card, t -> t.contains("Failed due to overlapping CIDR range."));
        StoredPeeringConnection pcx = h.onlyPeering();
        assertThat(pcx.status().code()).isEqualTo("failed");
        assertThat(pcx.tags()).containsEntry("peerbot:state", "expired");
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).isEmpty();
    }

}
