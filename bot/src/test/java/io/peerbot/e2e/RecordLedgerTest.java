package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.REGION_A;
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
 * Both VPCs in one account, so the peering has one copy of its sealed record: someone who may tag there restores
 * the record from before a {@code /peer close}. The bot keeps each peering's highest record sequence in the lock
 * table ({@code PEERBOT_LOCK_TABLE}), so the restored record is not acted on: not by a retry, not after a restart.
 */
class RecordLedgerTest {
    private static final String TABLE = "peerbot-locks";
    private static final String CHANGED_OUTSIDE = "was changed outside peerbot";
    private static final String NOTHING_DONE = "nothing was done";

    @RegisterExtension
    final Harness h = Harness.forEachTest().withLockTable(TABLE);

    @Test
    void anOlderRecordRestoredOnAOneAccountPeeringAfterACloseIsNotActedOnAfterARetryOrARestart() throws Exception {
        h.type(ALICE, "app-vpc db-vpc --no-test --ports tcp:443,tcp:5432");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        h.awaitOutcomesRecorded();
        StoredPeeringConnection pcx = h.onlyPeering();
        assertThat(pcx.requester().account()).isEqualTo(pcx.accepter().account());
        Map<String, String> beforeTheClose = pcx.tags();

        h.type(ALICE, "close " + pcx.id() + " tcp:5432");
        RecordedMessage change = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Close tcp:5432"), Harness.WAIT);
        h.approve(BOB, change);
        h.awaitInThread(card, t -> t.contains("Closed `tcp:5432`"));
        h.awaitOutcomesRecorded();
        assertThat(pcx.tags()).containsEntry("peerbot:ports", "tcp:443");
        long closedAt = Long.parseLong(pcx.tags().get("peerbot:seq"));
        assertThat(h.ec2.dynamodb().item(ACCOUNT_A, REGION_A, TABLE, "record#" + pcx.id()))
                .hasValueSatisfying(item -> assertThat(item).containsEntry("seq", Long.toString(closedAt)));

        restore(pcx.tagsOf(ACCOUNT_A, REGION_A), beforeTheClose);
        assertThat(pcx.tags()).containsEntry("peerbot:ports", "tcp:443 tcp:5432");
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "retry " + pcx.id());
        String answer = h.awaitEphemeral(ALICE, t -> t.contains(CHANGED_OUTSIDE)).allText();
        assertThat(answer).contains("older record was restored", NOTHING_DONE);
        h.restart();
        String report = h.awaitInThread(card, t -> t.contains(CHANGED_OUTSIDE) && t.contains("older")).allText();
        assertThat(report).contains(pcx.id(), "the bot wrote record " + closedAt);

        List<Call> mutatingEc2 = h.ec2.calls().since(mark).stream()
                .filter(c -> "ec2".equals(c.service()) && c.mutating()).toList();
        assertThat(mutatingEc2).as("EC2 calls that change AWS after the restore").isEmpty();
        assertThat(h.ec2.calls().since(mark)).filteredOn(c -> "dynamodb".equals(c.service()))
                .extracting(Call::action).contains("GetItem").doesNotContain("UpdateItem");
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
}
