package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.DAVE;
import static io.peerbot.e2e.Org.REGION_B;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.slack.RecordedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A peering into another account and region: accepted there, by assuming the peerbot role. */
class CrossAccountTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void aNameNotFoundAtHomeIsFoundInAWatchedAccount() {
        h.type(ALICE, "plan app-vpc billing");
        h.awaitEphemeral(ALICE, t -> t.contains(ACCOUNT_B) && t.contains("10.20.0.0/16"));
    }

    @Test
    void theOtherAccountAcceptsInItsOwnRegion() {
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --ports tcp:443");
        RecordedMessage card = h.awaitCard();
        h.approve(DAVE, card);
        h.awaitInThread(card, t -> t.contains("is ready"));

        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).filteredOn(c -> c.succeeded())
                .singleElement().satisfies(c -> {
                    assertThat(c.account()).isEqualTo(ACCOUNT_B);
                    assertThat(c.region()).isEqualTo(REGION_B);
                });
        String pcxId = h.ec2.state().peerings().get(0).id();
        assertThat(h.ec2.state().peering(pcxId).status().code()).isEqualTo("active");
        for (StoredRouteTable table : h.ec2.state().region(ACCOUNT_B, REGION_B).routeTables()) {
            if (table.vpcId().equals(h.org.billing.id())) {
                assertThat(table.route("10.0.0.0/16")).hasValueSatisfying(r -> assertThat(r.target()).isEqualTo(pcxId));
            }
        }
        assertThat(h.awaitInThread(card, t -> t.contains("Accepted")).allText()).contains(ACCOUNT_B, REGION_B);
    }

    @Test
    void aRequestWhoseRecordTheOtherAccountRefusesIsWithdrawnAndCanBeAskedAgain() {
        h.ec2.deny(ACCOUNT_B, "ec2:CreateTags");

        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --ports tcp:443");

        h.awaitEphemeral(ALICE, t -> t.contains("Could not create the peering connection")
                && t.contains("`CreateTags`") && t.contains("Nothing was changed in AWS."));
        assertThat(h.ec2.state().peerings()).singleElement().as("the request EC2 made, withdrawn")
                .satisfies(p -> assertThat(p.status().code()).isEqualTo("deleted"));

        h.ec2.allow(ACCOUNT_B, "ec2:CreateTags");
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --ports tcp:443");
        RecordedMessage card = h.awaitCard();
        h.approve(DAVE, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        assertThat(h.ec2.state().peerings()).filteredOn(p -> p.status().isLive()).hasSize(1);
    }

    @Test
    void aRequestNeitherRecordedNorWithdrawnIsNamedWithWhatToDo() {
        h.ec2.deny(ACCOUNT_B, "ec2:CreateTags");
        h.ec2.deny(Org.ACCOUNT_A, "ec2:DeleteVpcPeeringConnection");

        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --ports tcp:443");

        String answer = h.awaitEphemeral(ALICE, t -> t.contains("stays pending acceptance")).allText();
        assertThat(answer).contains("EC2 made `" + h.onlyPeering().id() + "`",
                "Reject or delete it in EC2, then ask again.").doesNotContain("Nothing was changed");
        assertThat(h.onlyPeering().status().code()).isEqualTo("pending-acceptance");
    }

    @Test
    void theWritesInTheOtherAccountAreMadeInASessionThatNamesTheApproverAndThePeering() {
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --ports tcp:443");
        RecordedMessage card = h.awaitCard();
        h.approve(DAVE, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        String pcxId = h.ec2.state().peerings().get(0).id();

        assertThat(h.ec2.identities().sessions()).filteredOn(s -> s.sourceIdentity().isPresent())
                .isNotEmpty().allSatisfy(session -> {
                    assertThat(session.roleArn()).isEqualTo("arn:aws:iam::" + ACCOUNT_B + ":role/peerbot");
                    assertThat(session.sessionName()).contains(DAVE, pcxId);
                    assertThat(session.sourceIdentity()).contains(DAVE);
                });
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).filteredOn(c -> c.succeeded())
                .singleElement().satisfies(c -> assertThat(c.callerArn()).contains(DAVE, pcxId));
    }
}
