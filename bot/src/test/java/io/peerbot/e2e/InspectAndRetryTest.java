package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.ERIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.slack.RecordedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /peer list}, {@code /peer status}, and finishing a failed apply with {@code /peer retry}. */
class InspectAndRetryTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void listAndStatusShowThePeeringItsRoutesAndRules() {
        String pcxId = appliedPeering();

        h.type(ERIN, "list");
        h.awaitEphemeral(ERIN, t -> t.contains(pcxId) && t.contains("active, request applied"));
        h.type(ERIN, "list db-vpc");
        h.awaitEphemeral(ERIN, t -> t.contains("Peerings of db-vpc") && t.contains(pcxId));
        int mark = h.ec2.calls().mark();
        h.type(ERIN, "status " + pcxId);
        RecordedMessage status = h.awaitEphemeral(ERIN, t -> t.contains("*`" + pcxId + "`* — active"));
        assertThat(status.allText()).contains("10.1.0.0/16", "10.0.0.0/16", "sgr-", "Last test:");
        // both VPCs, in one account and region, are read together: one describe per kind for the two
        assertThat(h.ec2.calls().since(mark)).filteredOn(c -> c.action().equals("DescribeSubnets")).hasSize(1);
    }

    @Test
    void planShowsTheRoutesAndRulesOnlyToTheAskerAndChangesNothing() {
        int mark = h.ec2.calls().mark();

        h.type(ERIN, "plan app-vpc db-vpc --ports tcp:5432");

        RecordedMessage plan = h.awaitEphemeral(ERIN, t -> t.contains("10.1.0.0/16"));
        assertThat(plan.allText()).contains("10.2.0.0/16", "tcp:5432");
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.ec2.state().peerings()).isEmpty();
        assertThat(h.slack.messages(Org.CHANNEL)).noneMatch(m -> !m.ephemeral());
    }

    @Test
    void statusOfAnUnknownPeeringSaysSo() {
        h.type(ERIN, "status pcx-0123456789abcdef0");
        h.awaitEphemeral(ERIN, t -> t.contains("I find no peering `pcx-0123456789abcdef0`"));
    }

    @Test
    void aFailedApplyIsReportedAndRetryFinishesIt() {
        h.ec2.deny(ACCOUNT_A, "ec2:CreateRoute");
        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);

        RecordedMessage failure = h.awaitInThread(card, t -> t.contains("failed"));
        assertThat(failure.allText()).contains("CreateRoute", "/peer retry");
        String pcxId = h.ec2.state().peerings().get(0).id();
        assertThat(h.ec2.state().peering(pcxId).tags()).containsEntry("peerbot:state", "failed");
        h.slack.awaitMessage(m -> m.ts().equals(card.ts()) && m.allText().contains("Failed"), Harness.WAIT);

        h.ec2.allow(ACCOUNT_A, "ec2:CreateRoute");
        h.type(ERIN, "retry " + pcxId);
        h.awaitEphemeral(ERIN, t -> t.contains("Only the requester, the owners of either VPC or an admin"));
        h.type(ALICE, "retry " + pcxId);

        h.awaitInThread(card, t -> t.contains("is ready"));
        assertThat(h.ec2.state().peering(pcxId).tags()).containsEntry("peerbot:state", "applied");
    }

    private String appliedPeering() {
        h.type(ALICE, "app-vpc db-vpc --ports icmp,tcp:5432");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("Connectivity test over"));
        return h.ec2.state().peerings().get(0).id();
    }
}
