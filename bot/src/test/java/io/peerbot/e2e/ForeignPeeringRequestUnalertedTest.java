package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Without {@code PEERBOT_ALERT_CHANNEL} a foreign peering request goes to the log only, and is still left alone. */
class ForeignPeeringRequestUnalertedTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest().withEnv("PEERBOT_ACCOUNTS", ACCOUNT_B);

    @Test
    void nothingIsPostedAndNothingIsAccepted() {
        VpcSeed evil = h.ec2.seed().account("999999999999").region(REGION_A).vpc("lookalike", "10.99.0.0/16");
        String pcxId = h.ec2.seed().peering(evil, h.org.db, Status.PENDING_ACCEPTANCE).id();
        int mark = h.ec2.calls().mark();

        h.advance(Duration.ofMinutes(10));

        assertThat(h.ec2.calls().since(mark)).anyMatch(c -> "DescribeVpcPeeringConnections".equals(c.action()));
        assertThat(h.slack.allMessages()).isEmpty();
        assertThat(h.mutatingCalls()).isEmpty();
        assertThat(h.ec2.state().peering(pcxId).status().code()).isEqualTo("pending-acceptance");
    }
}
