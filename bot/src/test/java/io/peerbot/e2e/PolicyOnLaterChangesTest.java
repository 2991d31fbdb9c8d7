package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.ERIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.slack.RecordedMessage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The policy holds past the request: a renewal is judged like the request it renews (its length, its extra
 * approvers); whoever asked cannot give a rule's approval, even as one of its approvers; and a change the policy
 * denies by the time an owner clicks Approve is not approved.
 */
class PolicyOnLaterChangesTest {
    private static final Path POLICY = PolicyFiles.of("""
            rules:
              - name: db-at-most-a-day
                vpc: {name: db-vpc}
                max-duration: 1d
              - name: db-reviewers
                vpc: {name: db-vpc}
                approvers: [S0NETWORK, U0ALICE]
              - name: no-pci-from-app
                between: [{name: app-vpc}, {tags: {pci: "true"}}]
                deny: true
            """);

    @RegisterExtension
    final Harness h = Harness.forEachTest().withEnv("PEERBOT_POLICY_FILE", POLICY.toString());

    @Test
    void whoeverAskedCannotGiveARulesApprovalEvenAsOneOfItsApprovers() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432 --no-test --for 2h");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("Still waiting for") && t.contains("db-reviewers"));

        h.approve(ALICE, h.current(card));

        RecordedMessage answer = h.awaitEphemeral(ALICE, t -> t.contains("You asked for this change"));
        assertThat(answer.allText()).contains("db-reviewers", "someone else", "Nothing changed");
        assertThat(h.onlyPeering().status().code()).isEqualTo("pending-acceptance");
        assertThat(h.onlyPeering().tags().values()).as("no extra approval of alice's recorded")
                .noneMatch(v -> v.matches(".*extra\\.[A-Za-z0-9_-]+=" + ALICE + "@.*"));

        h.approve(ERIN, h.current(card));
        h.awaitInThread(card, t -> t.contains("is ready"));
    }

    @Test
    void aRenewalIsHeldToTheLongestAllowedAndWaitsForTheRulesApprovers() {
        RecordedMessage card = appliedForTwoHours();
        String pcxId = h.onlyPeering().id();
        int posted = h.thread(card).size();

        h.type(ALICE, "renew " + pcxId + " --for 3d");

        RecordedMessage denied = h.awaitEphemeral(ALICE, t -> t.contains("The policy denies this renewal"));
        assertThat(denied.allText()).contains(pcxId, "db-at-most-a-day", "nothing changed");
        assertThat(h.thread(card)).as("no renewal asked").hasSize(posted);

        h.type(ALICE, "renew " + pcxId + " --for 12h");
        RecordedMessage renewal = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Renew peering"), Harness.WAIT);
        assertThat(renewal.allText()).contains("db-reviewers", "awaiting");
        h.approve(BOB, renewal);
        h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && after(m, renewal)
                && m.allText().contains("Still waiting for") && m.allText().contains("db-reviewers"), Harness.WAIT);
        assertThat(h.threadText(card)).doesNotContain("Renewed");

        h.approve(ERIN, h.current(renewal));
        h.awaitInThread(card, t -> t.contains("Renewed"));
        Instant newEnd = Instant.parse(h.onlyPeering().tags().get("peerbot:change-ends"));
        assertThat(newEnd).isAfter(h.now().plus(Duration.ofHours(11)));
    }

    @Test
    void aRequestThePolicyDeniesByTheTimeItIsApprovedIsNotApproved() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432 --no-test --for 2h");
        RecordedMessage card = h.awaitCard();
        h.approve(ERIN, card);
        h.awaitInThread(card, t -> t.contains("approved"));
        h.org.db.tag("pci", "true");
        int mark = h.ec2.calls().mark();

        h.approve(BOB, h.current(card));

        RecordedMessage answer = h.awaitEphemeral(BOB, t -> t.contains("The policy now denies"));
        assertThat(answer.allText()).contains("no-pci-from-app", "cannot be approved", "nothing changed");
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.onlyPeering().status().code()).isEqualTo("pending-acceptance");
        assertThat(h.current(card).hasButton("peer_deny")).as("it can still be denied").isTrue();
    }

    private static boolean after(RecordedMessage message, RecordedMessage earlier) {
        return new BigDecimal(message.ts()).compareTo(new BigDecimal(earlier.ts())) > 0;
    }

    private RecordedMessage appliedForTwoHours() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432 --no-test --for 2h");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.approve(ERIN, h.current(card));
        h.awaitInThread(card, t -> t.contains("is ready"));
        return card;
    }
}
