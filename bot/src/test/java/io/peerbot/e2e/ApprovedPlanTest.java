package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.ec2.model.StoredSubnet;
import io.peerbot.standin.ec2.seed.SecurityGroupSeed;
import io.peerbot.standin.slack.RecordedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both owners consent to the plan the card showed, and to nothing else: what changes in a VPC between the request
 * and the decisive click is never applied without an approval of the new plan.
 */
class ApprovedPlanTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void aNewInstancesGroupIsOpenedOnlyOnceTheNewPlanIsApproved() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432");
        RecordedMessage card = h.awaitCard();
        SecurityGroupSeed analytics = h.org.db.securityGroup("analytics");
        h.org.db.subnet("db-vpc-d", "10.1.4.0/24").instance("analytics-1").securityGroups(analytics);
        int mark = h.ec2.calls().mark();

        h.approve(BOB, card);

        RecordedMessage changed = h.awaitInThread(card, t -> t.contains("changed since it was approved"));
        assertThat(changed.allText()).contains(analytics.id(), "tcp:5432", "10.0.0.0/16");
        h.awaitEphemeral(BOB, t -> t.contains("needs approval again"));
        assertThat(h.ec2.calls().since(mark)).filteredOn(Call::mutating).as("nothing applied, only the record")
                .allSatisfy(c -> assertThat(c.action()).isEqualTo("CreateTags"));
        assertThat(h.ec2.state().peerings().get(0).status().code()).isEqualTo("pending-acceptance");
        assertThat(analytics.group().ingressRules()).isEmpty();

        h.approve(BOB, h.current(card));

        h.awaitInThread(card, t -> t.contains("is ready"));
        assertThat(analytics.group().ingressRules()).as("exactly the new plan, the new group included")
                .extracting(StoredSecurityGroupRule::spec)
                .anySatisfy(spec -> {
                    assertThat(spec.fromPort()).isEqualTo(5432);
                    assertThat(spec.cidrIpv4()).isEqualTo("10.0.0.0/16");
                });
    }

    @Test
    void aClickOnACardStillShowingTheEarlierPlanApprovesNothing() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432");
        RecordedMessage shownFirst = h.awaitCard();
        SecurityGroupSeed analytics = h.org.db.securityGroup("analytics");
        h.org.db.subnet("db-vpc-d", "10.1.4.0/24").instance("analytics-1").securityGroups(analytics);
        h.approve(BOB, shownFirst);
        h.awaitEphemeral(BOB, t -> t.contains("needs approval again"));
        int mark = h.ec2.calls().mark();

        // the owner's Slack still shows the card as first drawn (its redraw has not reached them): the click
        // sends the value of that card's button, drawn with the earlier plan
        String drawnFirst = shownFirst.button("peer_approve").orElseThrow().value();
        h.slack.await("the card redrawn with the new plan", Harness.WAIT, () -> h.current(shownFirst)
                .button("peer_approve").filter(b -> !b.value().equals(drawnFirst)));
        h.slack.clickForged(BOB, shownFirst, "peer_approve", drawnFirst);

        RecordedMessage answer = h.awaitEphemeral(BOB, t -> t.contains("showed an earlier plan"));
        assertThat(answer.allText()).contains("approved nothing", "approve again");
        assertThat(h.ec2.calls().since(mark)).as("no approval recorded, nothing applied").noneMatch(Call::mutating);
        assertThat(h.ec2.state().peerings().get(0).status().code()).isEqualTo("pending-acceptance");

        h.approve(BOB, h.current(shownFirst));
        h.awaitInThread(shownFirst, t -> t.contains("is ready"));
    }

    @Test
    void subnetsDeletedBeforeTheApprovalAreRefusedAndNeverWidenedToTheWholeVpc() {
        RegionState home = h.ec2.state().region(ACCOUNT_A, REGION_A);
        StoredSubnet dbA = home.subnets().stream()
                .filter(s -> s.vpcId().equals(h.org.db.id()) && "db-vpc-a".equals(s.tags().get("Name")))
                .findFirst().orElseThrow();
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432 --subnets " + dbA.id());
        RecordedMessage card = h.awaitCard();
        home.factory().deleteSubnet(dbA);
        int mark = h.ec2.calls().mark();

        h.approve(BOB, card);

        h.awaitEphemeral(BOB, t -> t.contains(dbA.id()) && t.contains("never widen"));
        h.awaitInThread(card, t -> t.contains(dbA.id()) && t.contains("nothing was applied"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(Call::mutating);
        assertThat(h.ec2.state().peerings().get(0).status().code()).isEqualTo("pending-acceptance");
    }
}
