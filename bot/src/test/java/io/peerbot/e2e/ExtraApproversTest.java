package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.DAVE;
import static io.peerbot.e2e.Org.ERIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.slack.RecordedMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A policy rule with {@code approvers}: peerings of db-vpc need the network user group (erin) as well as the
 * owners. The request is created and its card asks for the group; both owners' consent applies nothing; a click
 * from outside the group gets a private answer naming it; a member's approval applies the peering.
 */
class ExtraApproversTest {
    private static final Path POLICY = PolicyFiles.of("""
            rules:
              - name: network-team
                vpc: {name: db-vpc}
                approvers: [S0NETWORK]
            """);

    @RegisterExtension
    final Harness h = Harness.forEachTest().withEnv("PEERBOT_POLICY_FILE", POLICY.toString());

    @Test
    void theOwnersApprovalIsNotEnoughUntilTheNetworkGroupApproves() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432");
        RecordedMessage card = h.awaitCard();
        assertThat(card.allText()).contains("network-team", "awaiting", "<!subteam^S0NETWORK>");

        int mark = h.ec2.calls().mark();
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("approved") && t.contains("Still waiting for") && t.contains("network-team"));
        assertThat(h.ec2.calls().since(mark)).as("nothing applied on the owners' consent alone")
                .noneMatch(c -> c.mutating() && !c.action().equals("CreateTags"));
        assertThat(h.ec2.state().peerings().get(0).status().code()).isEqualTo("pending-acceptance");
        assertThat(h.current(card).allText()).contains("network-team", "awaiting");

        h.approve(DAVE, h.current(card));
        RecordedMessage refusal = h.awaitEphemeral(DAVE, t -> t.contains("You cannot approve"));
        assertThat(refusal.allText()).contains("network-team", "<!subteam^S0NETWORK>", "Nothing changed");
        assertThat(h.ec2.state().peerings().get(0).status().code()).isEqualTo("pending-acceptance");

        h.approve(ERIN, h.current(card));
        h.awaitInThread(card, t -> t.contains("is ready"));
        assertThat(h.ec2.state().peerings().get(0).status().code()).isEqualTo("active");
        assertThat(h.ec2.state().peerings().get(0).tags().values()).as("the extra approval is in the record")
                .anyMatch(v -> v.contains("=" + ERIN + "@"));
    }

    @Test
    void anOpeningTheRuleCoversWaitsForTheNetworkGroupToo() {
        h.type(ALICE, "app-vpc db-vpc --no-test --ports icmp");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.approve(ERIN, h.current(card));
        h.awaitInThread(card, t -> t.contains("is ready"));
        String pcxId = h.ec2.state().peerings().get(0).id();

        h.type(ALICE, "open " + pcxId + " tcp:6379");
        RecordedMessage change = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Open tcp:6379"), Harness.WAIT);
        assertThat(change.allText()).contains("network-team", "awaiting");
        h.approve(BOB, change);
        h.awaitInThread(card, t -> t.contains("Still waiting for") && t.contains("network-team"));
        assertThat(h.current(change).hasButton("peer_approve")).as("still asking the network group").isTrue();

        h.approve(ERIN, h.current(change));
        h.awaitInThread(card, t -> t.contains("Opened `tcp:6379`"));
    }
}
