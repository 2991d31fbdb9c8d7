package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.slack.Ack;
import io.peerbot.standin.slack.Envelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Socket Mode link: fast acks, and reconnecting when Slack asks the bot to. */
class SocketModeTest {
    private Harness h;

    @BeforeEach
    void start() throws Exception {
        h = Harness.start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

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
    void everyEnvelopeIsAckedWellWithinSlacksThreeSeconds() {
        List<Envelope> sent = new ArrayList<>();
        sent.add(h.type(ALICE, "app-vpc db-vpc"));
        var card = h.awaitCard();
        sent.add(h.approve(Org.BOB, card));
        h.awaitInThread(card, t -> t.contains("is ready"));
        sent.add(h.type(ALICE, "list"));
        h.awaitEphemeral(ALICE, t -> t.contains("Peerings of"));
        sent.forEach(e -> h.slack.awaitAck(e, Harness.WAIT));

        assertThat(h.slack.missedAcks()).isEmpty();
        assertThat(h.slack.acks()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(a -> assertThat(a.latency()).isLessThan(Duration.ofMillis(2500)));
        System.out.println("ack latencies (ms): " + h.slack.acks().stream().map(Ack::latency)
                .map(Duration::toMillis).toList());
    }
}
