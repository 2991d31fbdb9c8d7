package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.ERIN;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Temporary peerings and openings ({@code --for}) through the real bot against the stand-ins, the bot's clock
 * moved by the test: the reminder with Renew / End now, the teardown at the end (also across a restart), a
 * renewal approved by both sides, End now by an owner, and a temporary opening that closes only its ports.
 */
class ExpiryTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void aTwoMinutePeeringIsRemindedThenTornDownWithinAMinuteOfItsEnd() {
        RecordedMessage card = appliedFor("2m");
        Instant end = Instant.parse(h.onlyPeering().tags().get("peerbot:create-ends"));
        h.slack.await("the card showing the end", Harness.WAIT,
                () -> Optional.of(h.current(card)).filter(m -> m.allText().contains("Temporary: peerbot deletes")));

        h.advance(Duration.ofSeconds(60));
        assertThat(reminders(card)).isEmpty();
        RecordedMessage reminder = remindedAfterMoving(card);
        assertThat(reminder.allText()).contains("<@" + ALICE + ">", "<@" + BOB + ">", "ends");
        assertThat(reminder.hasButton("peer_renew")).isTrue();
        assertThat(reminder.hasButton("peer_end_now")).isTrue();
        assertThat(h.onlyPeering().status().code()).isEqualTo("active");

        moveUntil(end.plusSeconds(60));

        assertThat(h.onlyPeering().status().code()).isEqualTo("deleted");
        assertThat(rulesOf(h.onlyPeering().id())).isEmpty();
        String thread = h.threadText(card);
        assertThat(thread).contains("Time is up", "No approval is asked", "is taken down");
        assertThat(reminders(card)).hasSize(1);
    }

    @Test
    void anEndWhoseTeardownCannotBeRecordedIsToldOnceAndTakenDownOnceItCan() {
        RecordedMessage card = appliedFor("2m");
        Instant end = Instant.parse(h.onlyPeering().tags().get("peerbot:create-ends"));
        remindedAfterMoving(card);
        h.ec2.faults().on("CreateTags").serverErrors(1.0);

        moveUntil(end.plusSeconds(180));

        h.awaitInThread(card, t -> t.contains("could not record taking it away"));
        assertThat(h.onlyPeering().status().code()).isEqualTo("active");
        assertThat(h.thread(card)).as("told once, though asked again at every look")
                .filteredOn(m -> m.allText().contains("could not record taking it away")).hasSize(1);
        assertThat(h.threadText(card)).doesNotContain("Time is up");

        h.ec2.faults().clear();
        moveUntil(h.now().plusSeconds(60));

        assertThat(h.onlyPeering().status().code()).isEqualTo("deleted");
        h.awaitInThread(card, t -> t.contains("is taken down"));
        assertThat(h.thread(card)).filteredOn(m -> m.allText().contains("Time is up")).hasSize(1);
    }

    @Test
    void anEndWhoseCardCannotBePostedIsTakenDownAllTheSame() {
        RecordedMessage card = appliedFor("2m");
        Instant end = Instant.parse(h.onlyPeering().tags().get("peerbot:create-ends"));
        remindedAfterMoving(card);
        h.slack.failUntilRestored("chat.postMessage", "not_in_channel");
        try {
            moveUntil(end.plusSeconds(60));

            assertThat(h.onlyPeering().status().code()).as("the teardown recorded as begun goes ahead")
                    .isEqualTo("deleted");
            assertThat(rulesOf(h.onlyPeering().id())).isEmpty();
        } finally {
            h.slack.restore("chat.postMessage");
        }
    }

    @Test
    void aRestartBetweenReminderAndEndStillTearsDownOnTime() throws Exception {
        RecordedMessage card = appliedFor("2m");
        Instant end = Instant.parse(h.onlyPeering().tags().get("peerbot:create-ends"));
        remindedAfterMoving(card);

        h.restart();
        moveUntil(end.plusSeconds(60));

        assertThat(h.onlyPeering().status().code()).isEqualTo("deleted");
        assertThat(reminders(card)).hasSize(1);
        assertThat(h.threadText(card)).contains("Time is up", "is taken down");
    }

    @Test
    void renewApprovedByBothSidesMovesTheEnd() {
        RecordedMessage card = appliedFor("2m");
        Instant end = Instant.parse(h.onlyPeering().tags().get("peerbot:create-ends"));
        RecordedMessage reminder = remindedAfterMoving(card);

        assertThat(renewedFrom(card, reminder).allText()).contains("New end");
        Instant newEnd = Instant.parse(h.onlyPeering().tags().get("peerbot:change-ends"));
        assertThat(newEnd).isAfter(end);

        moveUntil(end.plusSeconds(60));

        assertThat(h.onlyPeering().status().code()).isEqualTo("active");
        moveUntil(newEnd.plusSeconds(60));
        assertThat(h.onlyPeering().status().code()).isEqualTo("deleted");
    }

    @Test
    void renewFromTheCommandLineAsksBothSides() {
        RecordedMessage card = appliedFor("2m");
        String pcxId = h.onlyPeering().id();

        h.type(ALICE, "renew " + pcxId + " --for 7d");

        RecordedMessage renewal = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Renew peering"), Harness.WAIT);
        h.approve(BOB, renewal);
        h.awaitInThread(card, t -> t.contains("Renewed"));
        Instant newEnd = Instant.parse(h.onlyPeering().tags().get("peerbot:change-ends"));
        assertThat(newEnd).isAfter(h.now().plus(Duration.ofDays(6)));
    }

    @Test
    void endNowByAnOwnerTearsDownAtOnceAndAnyoneElseIsToldWhoMay() {
        RecordedMessage card = appliedFor("2m");
        RecordedMessage reminder = remindedAfterMoving(card);

        h.slack.clickConfirmed(ERIN, reminder, "peer_end_now");
        h.awaitEphemeral(ERIN, t -> t.contains("Only an owner of either side") && t.contains("<@" + BOB + ">"));
        assertThat(h.onlyPeering().status().code()).isEqualTo("active");

        h.slack.clickConfirmed(BOB, reminder, "peer_end_now");

        h.awaitInThread(card, t -> t.contains("is taken down"));
        assertThat(h.onlyPeering().status().code()).isEqualTo("deleted");
        assertThat(h.threadText(card)).contains("<@" + BOB + "> ended the temporary peering");
    }

    @Test
    void aTemporaryOpeningClosesOnlyItsPortsAtItsEnd() {
        h.type(ALICE, "app-vpc db-vpc --no-test --ports tcp:5432,icmp");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        String pcxId = h.onlyPeering().id();
        List<StoredSecurityGroupRule> before = rulesOf(pcxId);

        h.type(ALICE, "open " + pcxId + " tcp:6379 --for 2m");
        RecordedMessage open = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Open tcp:6379"), Harness.WAIT);
        assertThat(open.allText()).contains("Temporary: ends");
        h.approve(BOB, open);
        h.awaitInThread(card, t -> t.contains("Opened"));
        assertThat(rulesOf(pcxId)).anyMatch(r -> r.spec().toPort() == 6379);
        Instant end = Instant.parse(h.onlyPeering().tags().get("peerbot:change-ends"));

        moveUntil(end.plusSeconds(60));

        assertThat(h.onlyPeering().status().code()).isEqualTo("active");
        assertThat(rulesOf(pcxId)).noneMatch(r -> r.spec().toPort() == 6379);
        assertThat(rulesOf(pcxId)).extracting(StoredSecurityGroupRule::id)
                .containsExactlyInAnyOrderElementsOf(before.stream().map(StoredSecurityGroupRule::id).toList());
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:ports", "tcp:5432 icmp");
        assertThat(h.threadText(card)).contains("Time is up for the temporary opening of `tcp:6379`", "Closed");
    }

    @Test
    void aRenewedPeeringIsNotTakenDownAtItsOldEndAfterSomeoneAsksForAnotherChange() {
        RecordedMessage card = appliedFor("2m");
        Instant end = Instant.parse(h.onlyPeering().tags().get("peerbot:create-ends"));
        RecordedMessage reminder = remindedAfterMoving(card);
        renewedFrom(card, reminder);
        Instant newEnd = Instant.parse(h.onlyPeering().tags().get("peerbot:change-ends"));
        String pcxId = h.onlyPeering().id();
        // the reminder of the old end no longer acts
        h.slack.clickConfirmed(BOB, reminder, "peer_end_now");
        h.awaitEphemeral(BOB, t -> t.contains("no longer in force"));

        // anyone in the channel may ask; the open awaits both owners, and replaces the renewal as latest change
        h.type(ERIN, "open " + pcxId + " tcp:443");
        h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply() && m.hasButton("peer_approve")
                && m.allText().contains("Open tcp:443"), Harness.WAIT);
        moveUntil(end.plusSeconds(60));

        assertThat(h.onlyPeering().status().code()).isEqualTo("active");
        assertThat(h.threadText(card)).doesNotContain("Time is up");
        moveUntil(newEnd.plusSeconds(60));
        assertThat(h.onlyPeering().status().code()).isEqualTo("deleted");
    }

    @Test
    void aTemporaryOpeningStillClosesAtItsEndAfterAPermanentOneAndASecondIsRefused() {
        h.type(ALICE, "app-vpc db-vpc --no-test --ports tcp:5432,icmp");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        String pcxId = h.onlyPeering().id();
        h.type(ALICE, "open " + pcxId + " tcp:6379 --for 2m");
        RecordedMessage temporary = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Open tcp:6379"), Harness.WAIT);
        h.approve(BOB, temporary);
        h.awaitInThread(card, t -> t.contains("Opened"));
        Instant end = Instant.parse(h.onlyPeering().tags().get("peerbot:change-ends"));

        h.type(ALICE, "open " + pcxId + " tcp:8080 --for 1h");
        h.awaitEphemeral(ALICE, t -> t.contains("already has a temporary opening") && t.contains("tcp:6379"));
        h.type(ALICE, "open " + pcxId + " tcp:443");
        RecordedMessage permanent = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Open tcp:443"), Harness.WAIT);
        h.approve(BOB, permanent);
        h.awaitInThread(card, t -> t.indexOf("Opened") != t.lastIndexOf("Opened"));

        moveUntil(end.plusSeconds(60));

        assertThat(rulesOf(pcxId)).noneMatch(r -> r.spec().toPort() == 6379)
                .anyMatch(r -> r.spec().toPort() == 443).noneMatch(r -> r.spec().toPort() == 8080);
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:ports", "tcp:5432 icmp tcp:443");
        assertThat(h.threadText(card)).contains("Time is up for the temporary opening of `tcp:6379`");
    }

    /** Bob clicks Renew on {@code reminder}, Alice approves the renewal: returns its card once renewed. */
    private RecordedMessage renewedFrom(RecordedMessage card, RecordedMessage reminder) {
        h.slack.click(BOB, reminder, "peer_renew");
        RecordedMessage renewal = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Renew peering"), Harness.WAIT);
        h.approve(ALICE, renewal);
        h.awaitInThread(card, t -> t.contains("Renewed"));
        return renewal;
    }

    private RecordedMessage appliedFor(String lifetime) {
        h.type(ALICE, "app-vpc db-vpc --no-test --ports tcp:5432 --for " + lifetime);
        RecordedMessage card = h.awaitCard();
        assertThat(card.allText()).contains("Temporary: ends");
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        return card;
    }

    /** Moves time on in the scheduler's steps until the reminder of the only temporary term is in the thread. */
    private RecordedMessage remindedAfterMoving(RecordedMessage card) {
        for (int step = 0; step < 24 && reminders(card).isEmpty(); step++) {
            h.advance(Duration.ofSeconds(10));
        }
        assertThat(reminders(card)).hasSize(1);
        return reminders(card).get(0);
    }

    /** Moves the bot's clock on, ten seconds at a time, until it reads {@code until}. */
    private void moveUntil(Instant until) {
        while (h.now().isBefore(until)) {
            h.advance(Duration.ofSeconds(10));
        }
    }

    private List<RecordedMessage> reminders(RecordedMessage card) {
        return h.thread(card).stream().filter(m -> m.hasButton("peer_end_now")).toList();
    }

    private List<StoredSecurityGroupRule> rulesOf(String pcxId) {
        return h.ec2.state().region(ACCOUNT_A, REGION_A).securityGroups().stream()
                .map(StoredSecurityGroup::ingressRules).flatMap(List::stream)
                .filter(r -> pcxId.equals(r.tags().asMap().get("peerbot:pcx")))
                .toList();
    }
}
