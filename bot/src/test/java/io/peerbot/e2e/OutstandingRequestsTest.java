package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.CAROL;
import static io.peerbot.e2e.Org.DAVE;
import static io.peerbot.e2e.Org.ERIN;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An account's outstanding peering requests against its quota ({@code PEERBOT_QUOTAS}): requests for different
 * pairs from one account at once take its last slot once, and each refused one is told which pair it was.
 */
class OutstandingRequestsTest {
    private static final String QUOTA_REFUSAL = "has 2 outstanding peering requests and this peering needs 1 more,"
            + " over the limit of 2";

    @RegisterExtension
    final Harness h = Harness.forEachTest().withEnv("PEERBOT_QUOTAS", "outstanding-requests=2");

    @Test
    void fourRequestsFromOneAccountAtOnceForTheLastSlotMakeOnePeeringAndThreeRefusalsEachNamingItsPair() {
        // one request of two allowed is outstanding already
        h.ec2.seed().peering(h.org.legacy, h.org.db, Status.PENDING_ACCEPTANCE);
        Map<String, VpcSeed> teams = new LinkedHashMap<>();
        // none of them is in the data team, which owns data-vpc: every request awaits approval, outstanding
        List<String> people = List.of(ALICE, CAROL, DAVE, ERIN);
        for (int i = 0; i < people.size(); i++) {
            teams.put(people.get(i), team(h.ec2.seed().account(ACCOUNT_A).region(REGION_A), i, people.get(i)));
        }
        Map<String, String> vpcOf = new LinkedHashMap<>();
        teams.forEach((person, vpc) -> vpcOf.put(person, vpc.vpc().name()));
        // slow describes keep every request's checks in flight together: all count one outstanding request
        h.ec2.faults().on("DescribeVpcs").latency(Duration.ofMillis(300));

        people.forEach(person -> h.type(person, vpcOf.get(person) + " data-vpc --ports tcp:443"));

        Map<String, RecordedMessage> refusals = h.slack.await("three refusals", Duration.ofSeconds(30), () -> {
            Map<String, RecordedMessage> seen = new LinkedHashMap<>();
            people.forEach(person -> h.slack.ephemeralsFor(person).stream()
                    .filter(m -> m.allText().contains(QUOTA_REFUSAL)).findFirst()
                    .ifPresent(refusal -> seen.put(person, refusal)));
            return seen.size() >= 3 ? Optional.of(seen) : Optional.empty();
        });
        String winner = people.stream().filter(p -> !refusals.containsKey(p)).findFirst().orElseThrow();
        h.awaitAws("the winner's peering", () -> h.ec2.state().peerings().size() == 2);
        h.slack.await("the winner's card", Duration.ofSeconds(20), () -> h.slack.messages(Org.CHANNEL).stream()
                .filter(m -> m.allText().contains(vpcOf.get(winner))).findFirst());

        assertThat(h.ec2.calls().all().stream().filter(call -> !call.dryRun()).map(Call::action)
                .filter("CreateVpcPeeringConnection"::equals)).as("real creates, not permission checks").hasSize(1);
        assertThat(h.ec2.state().peerings()).hasSize(2)
                .anySatisfy(p -> assertThat(p.requester().vpcId()).isEqualTo(teams.get(winner).id()));
        assertThat(refusals).hasSize(3).allSatisfy((person, refusal) -> assertThat(refusal.allText())
                .as("%s's refusal names the pair they asked for", person)
                .contains("Your request to peer `" + vpcOf.get(person) + "` with `data-vpc`:")
                .contains("⛔ `" + ACCOUNT_A + "` " + QUOTA_REFUSAL));
        assertThat(h.slack.ephemeralsFor(winner)).noneMatch(m -> m.allText().contains("outstanding peering requests"));
        // each refused request's card in the channel ends saying why, and has no button to approve
        for (String person : refusals.keySet()) {
            RecordedMessage card = h.slack.await(person + "'s card, closed", Duration.ofSeconds(20),
                    () -> h.slack.messages(Org.CHANNEL).stream().filter(m -> !m.isReply())
                            .filter(m -> m.versions().get(0).text().contains(vpcOf.get(person)))
                            .filter(m -> m.allText().contains(QUOTA_REFUSAL)).findFirst());
            assertThat(card.hasButton("peer_approve")).isFalse();
        }
    }

    @Test
    void aPlanOverTheQuotaSaysItIsThePlanAndWhichPair() {
        h.ec2.seed().peering(h.org.legacy, h.org.db, Status.PENDING_ACCEPTANCE);
        h.ec2.seed().peering(h.org.legacy, h.org.billing, Status.PENDING_ACCEPTANCE);

        h.type(CAROL, "plan app-vpc data-vpc --ports tcp:443");

        RecordedMessage refusal = h.awaitEphemeral(CAROL, t -> t.contains(QUOTA_REFUSAL));
        assertThat(refusal.allText()).contains("*Your `/peer plan` of peering `app-vpc` with `data-vpc`:*");
        assertThat(refusal.text()).as("the notification names it too")
                .startsWith("Your `/peer plan` of peering `app-vpc` with `data-vpc`:");
    }

    /** A VPC of its own for {@code owner}, with a subnet, a route table and an instance in a group. */
    static VpcSeed team(RegionSeed home, int index, String owner) {
        String name = "team-" + index;
        String prefix = "10." + (70 + index);
        VpcSeed vpc = home.vpc(name, prefix + ".0.0/16").tag("peerbot:owner", owner);
        SubnetSeed subnet = vpc.subnet(name + "-a", prefix + ".1.0/24");
        vpc.routeTable("rt-a", subnet);
        subnet.instance(name + "-server").securityGroups(vpc.securityGroup(name + "-app"));
        return vpc;
    }
}
