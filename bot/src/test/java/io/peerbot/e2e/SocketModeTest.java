package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.slack.Ack;
import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackEvent;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Socket Mode link: every envelope acked before its work is done, and reconnecting when Slack asks. */
class SocketModeTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void reconnectsAfterSlackDisconnectsAndTheNextCommandWorks() {
        int opened = h.slack.connectionsOpened();

        h.slack.disconnectAndClose("refresh_requested");
        h.slack.awaitConnectionsOpened(opened + 1, Harness.WAIT);
        h.slack.awaitConnected(Harness.WAIT);

        h.type(ALICE, "help");
        h.awaitEphemeral(ALICE, t -> t.contains("/peer plan"));
    }

    @Test
    void everyEnvelopeIsAckedInTimeAndBeforeTheBotsAnswerToIt() {
        Envelope typed = h.type(ALICE, "app-vpc db-vpc");
        RecordedMessage card = h.awaitCard();
        Envelope clicked = h.approve(Org.BOB, card);
        RecordedMessage ready = h.awaitInThread(card, t -> t.contains("is ready"));
        Envelope listed = h.type(ALICE, "list");
        h.awaitEphemeral(ALICE, t -> t.contains("Peerings of"));
        List.of(typed, clicked, listed).forEach(e -> h.slack.awaitAck(e, Harness.WAIT));

        assertThat(h.slack.missedAcks()).isEmpty();
        assertThat(h.slack.acks()).hasSizeGreaterThanOrEqualTo(3).noneMatch(Ack::late);
        List<SlackEvent> events = h.slack.events();
        assertThat(indexOfAck(events, typed)).as("the request acked before its card is posted")
                .isLessThan(indexOfPost(events, card));
        assertThat(indexOfAck(events, clicked)).as("the approval acked before the peering is reported ready")
                .isLessThan(indexOfPost(events, ready));
    }

    private static int indexOfAck(List<SlackEvent> events, Envelope envelope) {
        return indexOf(events, e -> e instanceof SlackEvent.EnvelopeAcked acked
                && acked.ack().envelopeId().equals(envelope.id()));
    }

    private static int indexOfPost(List<SlackEvent> events, RecordedMessage message) {
        return indexOf(events, e -> e instanceof SlackEvent.MessagePosted posted
                && posted.message().ts().equals(message.ts()) && posted.message().channel().equals(message.channel()));
    }

    private static int indexOf(List<SlackEvent> events, Predicate<SlackEvent> matches) {
        return IntStream.range(0, events.size()).filter(i -> matches.test(events.get(i))).findFirst()
                .orElseThrow(() -> new AssertionError("no such event among " + events.size()));
    }
}
