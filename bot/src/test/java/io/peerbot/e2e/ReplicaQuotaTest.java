package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.CAROL;
import static io.peerbot.e2e.Org.DAVE;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.seed.VpcSeed;
import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two processes of the bot and an account's outstanding-requests quota, while EC2 does not list a new request
 * yet: the request one replica made a moment ago counts in the other's count, through the lock table.
 */
class ReplicaQuotaTest {
    private static final String QUOTA_REFUSAL = "has 2 outstanding peering requests and this peering needs 1 more,"
            + " over the limit of 2";

    @RegisterExtension
    final Harness h = Harness.forEachTest().withoutBot().withLockTable("peerbot-locks")
            .withEnv("PEERBOT_QUOTAS", "outstanding-requests=2");

    @Test
    void aRequestOneReplicaJustMadeThatEc2DoesNotListYetCountsInTheOtherReplicasQuota() throws Exception {
        ReplicaSet replicas = h.replicas();
        replicas.start();
        replicas.start();
        // one request of two allowed is outstanding already
        h.ec2.seed().peering(h.org.legacy, h.org.db, Status.PENDING_ACCEPTANCE);
        Map<String, VpcSeed> vpcOf = Map.of(
                CAROL, OutstandingRequestsTest.team(h.ec2.seed().account(ACCOUNT_A).region(REGION_A), 0, CAROL),
                DAVE, OutstandingRequestsTest.team(h.ec2.seed().account(ACCOUNT_A).region(REGION_A), 1, DAVE));
        // the requester's account finds a new request by its id at once, but lists it only much later
        h.ec2.settings().requesterListsNewPeeringsAfter(1_000_000);

        Envelope first = h.type(CAROL, vpcOf.get(CAROL).vpc().name() + " data-vpc --ports tcp:443");
        h.awaitAws("carol's request made", () -> creates() == 1);
        Envelope second = h.type(DAVE, vpcOf.get(DAVE).vpc().name() + " data-vpc --ports tcp:443");

        assertThat(replicas.receiverOf(second)).as("the two requests reach different replicas")
                .isNotSameAs(replicas.receiverOf(first));
        RecordedMessage refusal = h.awaitEphemeral(DAVE, t -> t.contains(QUOTA_REFUSAL));
        assertThat(refusal.allText()).contains("Your request to peer `" + vpcOf.get(DAVE).vpc().name()
                + "` with `data-vpc`:");
        assertThat(creates()).as("dave's request was not made").isEqualTo(1);

        // EC2 lists it at last: carol's request goes on to its card
        h.ec2.state().peerings().forEach(p -> p.leaveUnlistedFor(0));
        h.slack.await("carol's card", Duration.ofSeconds(20), () -> h.slack.messages(Org.CHANNEL).stream()
                .filter(m -> m.allText().contains(vpcOf.get(CAROL).vpc().name())).findFirst());
        List<StoredPeeringConnection> made = h.ec2.state().peerings();
        assertThat(made).hasSize(2).anySatisfy(p -> assertThat(p.requester().vpcId())
                .isEqualTo(vpcOf.get(CAROL).id()));
        assertThat(h.slack.ephemeralsFor(CAROL)).noneMatch(m -> m.allText().contains("outstanding peering requests"));
    }

    /** Real creates, not the permission checks (dry runs). */
    private long creates() {
        return h.ec2.calls().all().stream().filter(call -> !call.dryRun()).map(Call::action)
                .filter("CreateVpcPeeringConnection"::equals).count();
    }
}
