package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.DAVE;
import static io.peerbot.e2e.Org.REGION_A;
import static io.peerbot.e2e.Org.REGION_B;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.Tags;
import io.peerbot.standin.slack.RecordedMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Someone who may write tags on a peering, but is not the bot, edits its record: every attack ends with the bot
 * doing nothing in AWS (no accept, route, rule, delete or tag), saying so in the thread and to whoever clicked.
 * The records are sealed with the bot's key and kept in both accounts' view of the peering.
 */
class ForgedRecordTest {
    private static final String CHANGED_OUTSIDE = "was changed outside peerbot";
    private static final String NOTHING_DONE = "nothing was done";

    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void aForgedAccepterApprovalInTheRequesterAccountIsNotActedOnAfterARestart() throws Exception {
        RecordedMessage card = crossAccountRequest("tcp:443");
        StoredPeeringConnection pcx = h.onlyPeering();
        h.stopBot();

        Tags requesterCopy = pcx.tagsOf(ACCOUNT_A, REGION_A);
        requesterCopy.put("peerbot:create-approvals", pcx.tags().get("peerbot:create-approvals") + " accepter="
                + DAVE + "@1795939723");
        requesterCopy.put("peerbot:create", "create tcp:1-65535");
        requesterCopy.put("peerbot:ports", "tcp:1-65535");
        requesterCopy.put("peerbot:create-state", "applying");
        int mark = h.ec2.calls().mark();

        h.restart();

        String report = h.awaitInThread(card, t -> t.contains(CHANGED_OUTSIDE)).allText();
        assertThat(report).contains(pcx.id(), "requester account " + ACCOUNT_A, NOTHING_DONE);
        assertNothingChangedSince(mark);
        assertThat(h.ec2.state().peering(pcx.id()).status().code()).isEqualTo("pending-acceptance");
    }

    @Test
    void aRequesterWritingTheOtherSidesApprovalAndClickingIsRefusedPrivately() {
        RecordedMessage card = crossAccountRequest("tcp:22");
        StoredPeeringConnection pcx = h.onlyPeering();
        pcx.tagsOf(ACCOUNT_A, REGION_A).put("peerbot:create-approvals", pcx.tags().get("peerbot:create-approvals")
                + " accepter=" + DAVE + "@1795939723");
        int mark = h.ec2.calls().mark();

        h.approve(ALICE, card);

        String answer = h.awaitEphemeral(ALICE, t -> t.contains(CHANGED_OUTSIDE)).allText();
        assertThat(answer).contains("The record of `" + pcx.id() + "`", NOTHING_DONE);
        h.awaitInThread(card, t -> t.contains(CHANGED_OUTSIDE));
        assertNothingChangedSince(mark);
    }

    @Test
    void aRecordCopiedFromAnotherPeeringDoesNotVerify() throws Exception {
        h.type(ALICE, "app-vpc db-vpc --no-test --ports tcp:5432");
        RecordedMessage first = h.awaitCard();
        h.approve(BOB, first);
        h.awaitInThread(first, t -> t.contains("is ready"));
        h.awaitOutcomesRecorded();
        StoredPeeringConnection applied = h.ec2.state().peerings().get(0);
        h.type(ALICE, "app-vpc data-vpc --no-test --ports tcp:5432");
        RecordedMessage second = h.slack.awaitMessage(m -> !m.ephemeral() && !m.isReply()
                && m.hasButton("peer_approve") && !m.ts().equals(first.ts()), Harness.WAIT);
        StoredPeeringConnection pending = h.ec2.state().peerings().stream()
                .filter(p -> !p.id().equals(applied.id())).findFirst().orElseThrow();
        // The applied peering's sealed record, approvals and all, copied verbatim over the pending one's.
        pending.tagsOf(ACCOUNT_A, REGION_A).putAll(applied.tags());
        int mark = h.ec2.calls().mark();

        h.restart();
        h.approve(BOB, second);

        h.awaitEphemeral(BOB, t -> t.contains(CHANGED_OUTSIDE) && t.contains(pending.id()));
        assertNothingChangedSince(mark);
        assertThat(h.ec2.state().peering(pending.id()).status().code()).isEqualTo("pending-acceptance");
    }

    @Test
    void anOlderRecordRestoredInOneAccountAfterACloseIsARollbackOnRetryAndRestart() throws Exception {
        RecordedMessage card = crossAccountRequest("tcp:443,tcp:5432");
        h.approve(DAVE, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        StoredPeeringConnection pcx = h.onlyPeering();
        Map<String, String> beforeTheClose = pcx.tags();

        h.type(ALICE, "close " + pcx.id() + " tcp:5432");
        RecordedMessage change = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Close tcp:5432"), Harness.WAIT);
        h.approve(DAVE, change);
        h.awaitInThread(card, t -> t.contains("Closed `tcp:5432`"));
        assertThat(pcx.tags()).containsEntry("peerbot:ports", "tcp:443");

        restore(pcx.tagsOf(ACCOUNT_A, REGION_A), beforeTheClose);
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "retry " + pcx.id());
        String answer = h.awaitEphemeral(ALICE, t -> t.contains(CHANGED_OUTSIDE)).allText();
        assertThat(answer).contains("older", NOTHING_DONE);
        h.restart();
        h.awaitInThread(card, t -> t.contains(CHANGED_OUTSIDE) && t.contains("older"));

        assertNothingChangedSince(mark);
        assertThat(pcx.accepterTags()).containsEntry("peerbot:ports", "tcp:443");
    }

    @Test
    void portsWidenedInTheTagsAreAForgery() {
        RecordedMessage card = crossAccountRequest("tcp:443");
        h.approve(DAVE, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        StoredPeeringConnection pcx = h.onlyPeering();
        pcx.tagsOf(ACCOUNT_A, REGION_A).put("peerbot:ports", "tcp:1-65535");
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "close " + pcx.id() + " tcp:443");

        String answer = h.awaitEphemeral(ALICE, t -> t.contains(CHANGED_OUTSIDE)).allText();
        assertThat(answer).contains("the seal does not match", NOTHING_DONE);
        h.awaitInThread(card, t -> t.contains(CHANGED_OUTSIDE) && t.contains("requester account " + ACCOUNT_A));
        assertNothingChangedSince(mark);
    }

    @Test
    void aForgedRecordIsShownAsOneInTheListStatusAndTestAnswers() {
        RecordedMessage card = crossAccountRequest("tcp:443");
        h.approve(DAVE, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        StoredPeeringConnection pcx = h.onlyPeering();
        pcx.tagsOf(ACCOUNT_B, REGION_B).put("peerbot:ports", "tcp:1-65535");
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "list");
        assertThat(h.awaitEphemeral(ALICE, t -> t.contains("Peerings of peerbot")).allText())
                .contains("`" + pcx.id() + "`", "record changed outside peerbot, not acted on")
                .doesNotContain("not made by peerbot", "request applied");
        h.type(ALICE, "status " + pcx.id());
        assertThat(h.awaitEphemeral(ALICE, t -> t.contains("Its record was changed outside peerbot")).allText())
                .contains("accepter account " + ACCOUNT_B).doesNotContain("Request:");
        h.type(ALICE, "test " + pcx.id());
        assertThat(h.awaitEphemeral(ALICE, t -> t.contains("Nothing was run")).allText())
                .contains("`" + pcx.id() + "`: Its record was changed outside peerbot");
        assertNothingChangedSince(mark);
    }

    /** Alice asks to peer app-vpc (account A) with billing (account B, Dave's): awaiting Dave's approval. */
    private RecordedMessage crossAccountRequest(String ports) {
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --no-test --ports " + ports);
        RecordedMessage card = h.awaitCard();
        StoredPeeringConnection pcx = h.onlyPeering();
        assertThat(pcx.accepterTags()).as("the accepter account's copy of the record")
                .containsEntry("peerbot:managed", "true").containsKey("peerbot:seal")
                .containsEntry("peerbot:seal", pcx.tags().get("peerbot:seal"));
        return card;
    }

    /** Puts back an earlier copy of the record, as someone with tag permissions in that account could. */
    private static void restore(Tags tags, Map<String, String> earlier) {
        for (String key : tags.asMap().keySet()) {
            if (key.startsWith("peerbot:") && !earlier.containsKey(key)) {
                tags.remove(key, null);
            }
        }
        tags.putAll(earlier);
    }

    private void assertNothingChangedSince(int mark) {
        List<Call> mutating = h.ec2.calls().since(mark).stream().filter(Call::mutating).toList();
        assertThat(mutating).as("calls that change AWS after the attack").isEmpty();
    }
}
