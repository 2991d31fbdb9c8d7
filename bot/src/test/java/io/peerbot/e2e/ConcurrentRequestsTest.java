package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.CAROL;
import static io.peerbot.e2e.Org.DAVE;
import static io.peerbot.e2e.Org.ERIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several people asking for the same peering at the same moment: AWS allows one between two VPCs. */
class ConcurrentRequestsTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void fiveRequestsForOnePairAtOnceMakeOnePeeringAndFourClearRefusals() {
        // Slow describes keep every request's checks in flight together, so all five pass the "no existing
        // peering" check before any of them creates one.
        h.ec2.faults().on("DescribeVpcs").latency(Duration.ofMillis(300));
        List<String> people = List.of(ALICE, BOB, CAROL, DAVE, ERIN);

        people.forEach(person -> h.type(person, "app-vpc db-vpc --ports tcp:5432"));

        List<RecordedMessage> refusals = h.slack.await("four refusals", Duration.ofSeconds(20), () -> {
            List<RecordedMessage> seen = people.stream().flatMap(person -> h.slack.ephemeralsFor(person).stream())
                    .filter(m -> m.allText().contains("right now")).toList();
            return seen.size() >= 4 ? java.util.Optional.of(seen) : java.util.Optional.empty();
        });
        h.awaitCard();
        assertThat(h.ec2.state().peerings()).hasSize(1);
        assertThat(refusals).hasSize(4).allSatisfy(refusal -> assertThat(refusal.allText())
                .containsPattern("<@U0[A-Z]+> is requesting a peering between `app-vpc .*` and `db-vpc .*` right now")
                .contains("nothing was done for this one"));
        assertThat(h.ec2.calls().all().stream().filter(call -> !call.dryRun()).map(Call::action)
                .filter("CreateVpcPeeringConnection"::equals)).as("real creates, not permission checks").hasSize(1);
    }
}
