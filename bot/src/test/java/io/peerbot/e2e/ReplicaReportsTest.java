package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two processes of the bot on one Slack, one AWS and one lock table, and a change done in AWS whose final message
 * is not in the thread yet: the replica delivering it is left to it while it lives; once it is killed and its lease
 * expired, the other, already running, tells the outcome; replicas starting together tell it once.
 */
class ReplicaReportsTest {
    /** More than a lease's ttl (30 s of the replicas' time), and the take-over look that follows. */
    private static final Duration PAST_A_LEASE = Duration.ofSeconds(90);

    @RegisterExtension
    final Harness h = Harness.forEachTest().withoutBot().withLockTable("peerbot-locks")
            .withEnv("PEERBOT_ACCOUNTS", ACCOUNT_B);


    @Test
    void aReplicaStillDeliveringTheFinalMessageIsNotToldOverByTheOther() throws Exception {
        ReplicaSet replicas = h.replicas();
        replicas.start();
        replicas.start();
        RecordedMessage card = doneWhileSlackRefusesPosts();

        // the applying replica lives on, renewing its leases, while Slack refuses its posts for longer than a ttl
        replicas.advanceUndelivered(PAST_A_LEASE);
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:unreported", "create");
        h.slack.restore("chat.postMessage");
        replicas.advance(PAST_A_LEASE);

        h.awaitAws("the record saying the thread has the outcome", () -> "".equals(h.onlyPeering().tags()
                .get("peerbot:unreported")));
        replicas.advance(PAST_A_LEASE);
        ApplyOutcome outcome = ApplyOutcome.of(h, card);
        assertThat(outcome.readyMessages()).as("the final message, once").isEqualTo(1);
        assertThat(h.threadText(card)).doesNotContain("stopped before it finished");
    }

    @Test
    void aReplicaKilledBeforeItsFinalMessageWentOutIsReportedOnceByTheOtherAfterItsLeaseExpired() throws Exception {
        ReplicaSet replicas = h.replicas();
        replicas.start();
        replicas.start();
        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.awaitCard();
        h.slack.failUntilRestored("chat.postMessage", "ratelimited");
        Envelope click = h.approve(BOB, card);
        awaitDoneAndOwed();
        ReplicaSet.Replica applying = replicas.receiverOf(click);
        ReplicaSet.Replica other = replicas.others(applying).get(0);
        int opened = h.slack.connectionsOpened();

        replicas.kill(applying);
        h.slack.restore("chat.postMessage");
        assertThat(h.threadText(card)).as("nothing the killed replica queued went out").doesNotContain("is ready");
        replicas.advance(PAST_A_LEASE);

        h.awaitInThread(card, t -> t.contains("is ready"));
        h.awaitAws("the record saying the thread has the outcome", () -> "".equals(h.onlyPeering().tags()
                .get("peerbot:unreported")));
        replicas.advance(PAST_A_LEASE);
        assertThat(other.running()).isTrue();
        assertThat(h.slack.connectionsOpened()).as("no replica started meanwhile").isEqualTo(opened);
        ApplyOutcome outcome = ApplyOutcome.of(h, card);
        assertThat(outcome.peerings()).containsExactly("active");
        assertThat(outcome.readyMessages()).as("the final message, once").isEqualTo(1);
        assertThat(outcome.lastMessage()).contains("is ready");
        assertThat(outcome.card()).isNotEqualTo(ApplyOutcome.normalised(card.allText()));
    }

    @Test
    void replicasStartingTogetherOverAnOwedFinalMessageTellItOnce() throws Exception {
        ReplicaSet replicas = h.replicas();
        ReplicaSet.Replica first = replicas.start();
        RecordedMessage card = doneWhileSlackRefusesPosts();
        replicas.kill(first);
        h.slack.restore("chat.postMessage");
        replicas.advance(PAST_A_LEASE);

        replicas.startTogether(2);

        h.awaitInThread(card, t -> t.contains("is ready"));
        h.awaitAws("the record saying the thread has the outcome", () -> "".equals(h.onlyPeering().tags()
                .get("peerbot:unreported")));
        replicas.advance(PAST_A_LEASE);
        assertThat(ApplyOutcome.of(h, card).readyMessages()).as("the final message, once").isEqualTo(1);
    }

    /** A peering asked for and approved while Slack refuses every post: done in AWS, its outcome owed. */
    private RecordedMessage doneWhileSlackRefusesPosts() {
        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.awaitCard();
        h.slack.failUntilRestored("chat.postMessage", "ratelimited");
        h.approve(BOB, card);
        awaitDoneAndOwed();
        return card;
    }

    private void awaitDoneAndOwed() {
        h.awaitAws("the record saying the creation is done and its outcome owed", () -> h.ec2.state().peerings()
                .stream().anyMatch(p -> "done".equals(p.tags().get("peerbot:create-state"))
                        && "create".equals(p.tags().get("peerbot:unreported"))));
    }
}
