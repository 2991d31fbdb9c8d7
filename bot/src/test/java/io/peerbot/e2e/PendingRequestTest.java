package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A request nobody approves: its card says when AWS drops it, the awaited owners are reminded after
 * {@code PEERBOT_REMIND_AFTER} and then once a day, and once AWS has expired it the card says so at the next look.
 */
class PendingRequestTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest().withEnv("PEERBOT_REMIND_AFTER", "5m");

    @Test
    void aPendingRequestIsRemindedThenMarkedExpiredWhenAwsDropsIt() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432");
        RecordedMessage card = h.awaitCard();
        assertThat(card.allText()).contains("AWS drops this request if it is not accepted by");

        h.advance(Duration.ofMinutes(4));
        assertThat(reminders(card)).isEmpty();
        h.advance(Duration.ofMinutes(2));

        assertThat(reminders(card)).singleElement().satisfies(r -> assertThat(r.allText())
                .contains("<@" + BOB + ">", "still awaits approval of the accepter side", "AWS drops it"));
        h.advance(Duration.ofHours(2));
        assertThat(reminders(card)).hasSize(1);

        h.onlyPeering().setStatus(StoredPeeringConnection.Status.EXPIRED, "Expired");
        h.advance(Duration.ofMinutes(1));

        h.awaitInThread(card, t -> t.contains("expired: AWS drops peering requests"));
        h.slack.await("the card marked expired", Harness.WAIT,
                () -> Optional.of(h.current(card)).filter(m -> !m.hasButton("peer_approve")));
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:create-state", "expired");
    }

    private List<RecordedMessage> reminders(RecordedMessage card) {
        return h.thread(card).stream().filter(m -> m.allText().contains("still awaits approval")).toList();
    }

}
