package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.slack.RecordedMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The connectivity test after an apply, and again on {@code /peer test}. */
class ConnectivityTestCommandTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void anApplyEndsWithTheTestFromBothSidesInTheThread() {
        h.type(ALICE, "app-vpc db-vpc --ports icmp,tcp:5432");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);

        RecordedMessage report = h.awaitInThread(card, t -> t.contains("Connectivity test over"));

        assertThat(report.allText()).contains("app-vpc → db-vpc", "db-vpc → app-vpc", "ping: 3 sent, 3 received");
        String pcxId = h.ec2.state().peerings().get(0).id();
        assertThat(h.ec2.state().peering(pcxId).tags()).containsKey("peerbot:last-test");
        assertThat(h.ec2.ssm().sent()).as("only the bot's document, with typed parameters").isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.documentName()).isEqualTo("peerbot-probe");
                    assertThat(c.parameters()).containsKeys("targetIp", "tcpPorts");
                });
        assertThat(h.ec2.ssm().sent()).as("one way: tcp:5432 is tried from app-vpc only; db-vpc pings back")
                .extracting(c -> c.parameters().get("tcpPorts"))
                .containsExactlyInAnyOrder(List.of("5432"), List.of(""));
    }

    @Test
    void withoutTheProbeDocumentInTheAccountTheTestSaysSoAndChecksStatically() {
        h.ec2.ssmDocuments().remove(ACCOUNT_A, REGION_A, "peerbot-probe");
        h.type(ALICE, "app-vpc db-vpc --ports icmp,tcp:5432");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);

        RecordedMessage report = h.awaitInThread(card, t -> t.contains("Connectivity test over"));

        assertThat(report.allText()).contains("(SendCommand: InvalidDocument)", "static check");
        assertThat(h.ec2.ssm().sent()).isEmpty();
    }

    @Test
    void testAgainPostsANewReportInTheThread() {
        h.type(ALICE, "app-vpc db-vpc --ports icmp");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("Connectivity test over"));
        String pcxId = h.ec2.state().peerings().get(0).id();

        h.type(BOB, "test " + pcxId);

        h.awaitInThread(card, t -> t.contains("<@" + BOB + "> runs the connectivity test"));
        h.slack.await("a second report", Harness.WAIT, () -> h.thread(card).stream()
                .filter(m -> m.allText().contains("Connectivity test over")).skip(1).findFirst());
    }

    @Test
    void testOnAPeeringThatIsNotActiveIsRefusedClearly() {
        h.type(ALICE, "app-vpc db-vpc");
        h.awaitCard();
        String pcxId = h.ec2.state().peerings().get(0).id();
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "test " + pcxId);

        h.awaitEphemeral(ALICE, t -> t.contains("is pending-acceptance, not active"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
    }
}
