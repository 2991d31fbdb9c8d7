package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No AWS step waits for Slack: with Slack refusing the bot's posts for a minute (on the test's clock), an approved
 * peering is applied in AWS all the same, and once Slack is back the thread gets every step, in order, once.
 */
class SlackOutageTest {
    private static final Duration OUTAGE = Duration.ofSeconds(60);

    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void anApplyFinishesInAwsWhilePostsAreRateLimitedAndTheThreadCatchesUpInOrderAfter() {
        applyDuringAnOutage("ratelimited");
    }

    @Test
    void anApplyFinishesInAwsWhileSlackAnswersServerErrorsAndTheThreadCatchesUpInOrderAfter() {
        applyDuringAnOutage("http_503");
    }

    private void applyDuringAnOutage(String error) {
        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.awaitCard();
        int repliesBefore = h.thread(card).size();
        h.slack.failFor("chat.postMessage", error, OUTAGE);
        h.slack.failFor("chat.update", error, OUTAGE);

        h.approve(BOB, card);

        h.awaitAws("the record saying the creation is done", () -> h.ec2.state().peerings().stream()
                .anyMatch(p -> "done".equals(p.tags().get("peerbot:create-state"))));
        ApplyOutcome inAws = ApplyOutcome.of(h, card);
        assertThat(inAws.peerings()).containsExactly("active");
        assertThat(inAws.routes()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(inAws.rules()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(h.thread(card)).as("nothing reached the thread during the outage").hasSize(repliesBefore);
        assertThat(inAws.recordUnreported()).as("the outcome is owed to the thread").isEqualTo("create");
        assertThat(h.slack.apiCalls("chat.postMessage")).as("the bot kept trying")
                .anyMatch(call -> error.equals(call.error()));

        h.advance(OUTAGE);

        List<String> steps = h.thread(card).stream().skip(repliesBefore).map(RecordedMessage::allText).toList();
        assertThat(steps).satisfiesExactly(
                approved -> assertThat(approved).contains("<@" + BOB + "> approved the accepter side"),
                accepted -> assertThat(accepted).contains("Accepted `pcx-"),
                active -> assertThat(active).contains("is active"),
                routes -> assertThat(routes).contains("Routes on the"),
                routes -> assertThat(routes).contains("Routes on the"),
                rules -> assertThat(rules).contains("Security group rules on the"),
                rules -> assertThat(rules).contains("Security group rules on the"),
                ready -> assertThat(ready).contains("is ready"));
        assertThat(h.current(card).allText()).contains("Applied");
        h.awaitAws("the record saying the thread has the outcome", () -> h.ec2.state().peerings().stream()
                .anyMatch(p -> "".equals(p.tags().get("peerbot:unreported"))));
    }
}
