package io.peerbot.e2e;

import static io.peerbot.e2e.Harness.ALERT_CHANNEL;
import static io.peerbot.e2e.Harness.WAIT;
import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.CAROL;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.Hold;
import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.ec2.seed.VpcSeed;
import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two processes of the bot on one Slack and one AWS, agreeing through a DynamoDB lock table: one of them decides
 * and applies each change, a change one of them was applying when it stopped is finished by the other once its
 * lease expired, and an alert is posted once.
 */
class ReplicasTest {
    private static final String OUTSIDER = "999999999999";

    @RegisterExtension
    final Harness h = Harness.forEachTest().withoutBot().withLockTable("peerbot-locks")
            .withEnv("PEERBOT_ACCOUNTS", ACCOUNT_B)
            .withEnv("PEERBOT_ALERT_CHANNEL", ALERT_CHANNEL)
            .withEnv("PEERBOT_WATCH_INTERVAL", "30s");


    @Test
    void twentyApproveClicksSpreadOverBothReplicasApplyOnceAndEachIsAnswered() throws Exception {
        ReplicaSet replicas = h.replicas();
        replicas.start();
        replicas.start();
        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.awaitCard();

        List<Envelope> clicks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // bob twice, carol (an admin) twice, …: each person's clicks reach both replicas
            clicks.add(h.approve(i / 2 % 2 == 0 ? BOB : CAROL, card));
        }

        assertThat(clicks.stream().map(Envelope::connectionId).distinct()).as("spread over both").hasSize(2);
        h.awaitInThread(card, t -> t.contains("is ready"));
        clicks.forEach(click -> h.slack.awaitAck(click, WAIT));
        List<RecordedMessage> privateAnswers = h.slack.await("an answer to every click", WAIT, () -> {
            List<RecordedMessage> told = new ArrayList<>(h.slack.ephemeralsFor(BOB));
            told.addAll(h.slack.ephemeralsFor(CAROL));
            // on a busy machine a click may also be told it is queued first; that is not its answer
            told.removeIf(m -> m.allText().startsWith("⏳ Queued"));
            return told.size() >= 19 ? Optional.of(told) : Optional.empty();
        });
        List<RecordedMessage> approvals = h.thread(card).stream().filter(m -> m.allText().contains(" approved the "))
                .toList();
        assertThat(approvals).as("the one click that decided").hasSize(1);
        assertThat(privateAnswers).as("every other click").hasSize(19);

        StoredPeeringConnection pcx = h.onlyPeering();
        assertThat(pcx.status().code()).isEqualTo("active");
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).hasSize(1);
        assertThat(h.ec2.calls().of("CreateRoute")).filteredOn(Call::succeeded).hasSize(routesThrough(pcx));
        assertThat(h.ec2.calls().of("CreateRoute")).filteredOn(c -> !c.succeeded()).isEmpty();
        assertThat(h.ec2.calls().of("AuthorizeSecurityGroupIngress")).filteredOn(c -> !c.succeeded()).isEmpty();
        assertOneOfEachRule(pcx);
    }

    @Test
    void aReplicaStoppedMidApplyIsFinishedByTheOtherOnceItsLeaseExpired() throws Exception {
        ReplicaSet replicas = h.replicas();
        replicas.start();
        replicas.start();
        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.awaitCard();
        // the replica that applies gets as far as the rules: accepted, routes added, then EC2 holds its call
        Hold rules = h.ec2.faults().holdNext("AuthorizeSecurityGroupIngress");
        Envelope click = h.approve(BOB, card);
        assertThat(rules.awaitHeld(WAIT)).as("the apply reached the rules").isTrue();
        ReplicaSet.Replica applying = replicas.receiverOf(click);
        assertThat(replicas.others(applying)).hasSize(1);

        replicas.awaitDelivered(applying);
        Thread stopping = replicas.stopInTheBackground(applying);
        replicas.advance(Duration.ofSeconds(90));

        h.awaitInThread(card, t -> t.contains("stopped before it finished"));
        h.awaitInThread(card, t -> t.contains("is ready"));
        // EC2 answers the stopped replica's held call only now: it must neither write nor report any more
        rules.release();
        stopping.join(WAIT.toMillis());
        assertThat(stopping.isAlive()).as("the stopped replica is done").isFalse();

        StoredPeeringConnection pcx = h.onlyPeering();
        assertThat(pcx.status().code()).isEqualTo("active");
        assertThat(pcx.tags()).containsEntry("peerbot:state", "applied");
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).hasSize(1);
        assertOneOfEachRule(pcx);
        List<RecordedMessage> thread = h.thread(card);
        assertThat(thread.get(thread.size() - 1).allText()).contains("is ready");
        assertThat(thread).filteredOn(m -> m.allText().contains("is ready")).hasSize(1);
    }

    @Test
    void aForeignPeeringRequestIsReportedOnceByTwoReplicasAndStillOnceWhenTheWatchMoves() throws Exception {
        ReplicaSet replicas = h.replicas();
        ReplicaSet.Replica first = replicas.start();
        replicas.start();
        VpcSeed evil = h.ec2.seed().account(OUTSIDER).region(REGION_A).vpc("lookalike", "10.99.0.0/16");
        String phishing = h.ec2.seed().peering(evil, h.org.app, Status.PENDING_ACCEPTANCE).id();

        replicas.advance(Duration.ofSeconds(30));
        assertThat(h.slack.messages(ALERT_CHANNEL)).singleElement()
                .satisfies(alert -> assertThat(alert.allText()).contains(phishing, OUTSIDER));
        replicas.advance(Duration.ofSeconds(90));
        assertThat(h.slack.messages(ALERT_CHANNEL)).hasSize(1);

        // the replica that ran the watch stops: the other takes the watch over and does not report it again
        replicas.stop(first);
        replicas.advance(Duration.ofSeconds(120));

        assertThat(h.slack.messages(ALERT_CHANNEL)).hasSize(1);
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).isEmpty();
    }

    private int routesThrough(StoredPeeringConnection pcx) {
        return (int) h.ec2.state().regions().stream().flatMap(r -> r.routeTables().stream())
                .flatMap(t -> t.routes().stream()).filter(route -> pcx.id().equals(route.target())).count();
    }

    /** Each rule peerbot made for the peering is there once, and there is at least one. */
    private void assertOneOfEachRule(StoredPeeringConnection pcx) {
        List<String> rules = h.ec2.state().regions().stream().map(RegionState::securityGroupRules)
                .flatMap(List::stream).filter(r -> ("peerbot " + pcx.id()).equals(r.description()))
                .map(ReplicasTest::what).toList();
        assertThat(rules).isNotEmpty().doesNotHaveDuplicates();
    }

    private static String what(StoredSecurityGroupRule rule) {
        return rule.groupId() + " " + rule.spec();
    }
}
