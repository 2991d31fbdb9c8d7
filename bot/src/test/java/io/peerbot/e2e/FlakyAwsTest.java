package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EC2 throttling 30% of every action's calls and failing 5% with a 500 — half of those after doing the work, the
 * answer lost — and still every run converges: one peering, active, every route and rule once, the final message
 * once, the card applied. Each seed draws its own faults (which calls meet them depends on the order the bot's
 * threads make their calls in).
 */
class FlakyAwsTest {
    /**
     * A creation or acceptance answered with a 500 is looked for before it is tried again, for as long as EC2's
     * eventual consistency may hide it (30 s): a run meeting one takes that long.
     */
    private static final Duration CONVERGE = Duration.ofSeconds(75);

    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aRequestApprovedThroughThrottlingAndServerErrorsConverges(long seed) {
        h.ec2.faults().seed(seed).onEveryAction().throttle(0.30).serverErrors(0.025).lostResponses(0.025);

        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.slack.awaitMessage(m -> !m.ephemeral() && !m.isReply()
                && m.hasButton("peer_approve"), CONVERGE);
        h.approve(BOB, card);

        h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && (m.allText().contains("is ready") || m.allText().contains("failed")), CONVERGE);
        h.advance(Duration.ZERO);
        h.ec2.calls().awaitSince(0, "the record saying the thread has the outcome", calls -> h.ec2.state()
                .peerings().stream().anyMatch(p -> "".equals(p.tags().get("peerbot:unreported"))), CONVERGE);
        ApplyOutcome outcome = ApplyOutcome.of(h, card);
        assertThat(outcome.peerings()).containsExactly("active");
        assertThat(outcome.routes()).hasSize(9).doesNotHaveDuplicates();
        assertThat(outcome.rules()).hasSize(6).doesNotHaveDuplicates();
        assertThat(outcome.readyMessages()).as("the final message, once").isEqualTo(1);
        assertThat(outcome.lastMessage()).contains("is ready");
        assertThat(outcome.card()).contains("Applied");
    }
}
