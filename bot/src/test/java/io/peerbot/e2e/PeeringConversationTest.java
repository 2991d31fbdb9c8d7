package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.CAROL;
import static io.peerbot.e2e.Org.ERIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.slack.RecordedMessage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A request, its approvals and the apply, driven the way Slack would drive the bot. */
class PeeringConversationTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void approvedRequestAddsEveryRouteAndRuleAndReportsEachStepInTheThread() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432,icmp --reason \"orders read the billing db\"");
        RecordedMessage card = h.awaitCard();
        String pcxId = h.onlyPeering().id();
        assertThat(card.allText()).contains("<@" + ALICE + ">", "orders read the billing db", pcxId, "10.0.0.0/16",
                "10.1.0.0/16", "10.2.0.0/16");
        assertThat(h.onlyPeering().status().code()).isEqualTo("pending-acceptance");

        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("is ready"));

        StoredPeeringConnection pcx = h.onlyPeering();
        assertThat(pcx.status().code()).isEqualTo("active");
        for (StoredRouteTable table : h.ec2.state().region(Org.ACCOUNT_A, Org.REGION_A).routeTables()) {
            if (table.vpcId().equals(h.org.app.id())) {
                assertThat(table.route("10.1.0.0/16")).hasValueSatisfying(r -> assertThat(r.target()).isEqualTo(pcxId));
                assertThat(table.route("10.2.0.0/16")).hasValueSatisfying(r -> assertThat(r.target()).isEqualTo(pcxId));
            } else if (table.vpcId().equals(h.org.db.id())) {
                assertThat(table.route("10.0.0.0/16")).hasValueSatisfying(r -> assertThat(r.target()).isEqualTo(pcxId));
            }
        }
        List<StoredSecurityGroupRule> dbRules = rulesNaming(pcxId, h.org.db.id());
        assertThat(dbRules).extracting(r -> r.spec().toString()).anyMatch(s -> s.contains("5432"));
        assertThat(rulesNaming(pcxId, h.org.app.id())).isNotEmpty();

        String thread = String.join("\n", h.thread(card).stream().map(RecordedMessage::allText).toList());
        assertThat(thread).contains("Accepted `" + pcxId + "`", "Routes on the requester side",
                "Routes on the accepter side", "Security group rules on the accepter side");
        h.ec2.state().region(Org.ACCOUNT_A, Org.REGION_A).routeTables().stream()
                .filter(t -> t.vpcId().equals(h.org.app.id()))
                .forEach(t -> assertThat(thread).contains(t.id()));
        dbRules.forEach(r -> assertThat(thread).contains(r.id()));

        RecordedMessage decided = h.slack.awaitMessage(m -> m.ts().equals(card.ts()) && m.allText().contains("Applied"),
                Harness.WAIT);
        assertThat(decided.hasButton("peer_approve")).isFalse();
        assertThat(decided.allText()).contains("<@" + BOB + ">");
    }

    @Test
    void aRequesterWhoOwnsNeitherSideNeedsBothOwners() {
        h.type(ERIN, "app-vpc db-vpc");
        RecordedMessage card = h.awaitCard();

        h.approve(ALICE, card);
        h.awaitInThread(card, t -> t.contains("Still waiting for the accepter side"));
        assertThat(h.onlyPeering().status().code()).isEqualTo("pending-acceptance");

        h.approve(BOB, h.current(card));
        h.awaitInThread(card, t -> t.contains("is ready"));
        assertThat(h.onlyPeering().status().code()).isEqualTo("active");
    }

    @Test
    void aMemberOfTheOwningUserGroupMayApprove() {
        h.type(ALICE, "app-vpc data-vpc --no-test");
        RecordedMessage card = h.awaitCard();

        h.approve(ERIN, card);
        h.awaitEphemeral(ERIN, t -> t.contains("<@" + BOB + ">"));
        h.approve(BOB, card);

        h.awaitInThread(card, t -> t.contains("is ready"));
        assertThat(h.onlyPeering().status().code()).isEqualTo("active");
    }

    @Test
    void denyRejectsThePeeringAndSaysByWhom() {
        h.type(ALICE, "app-vpc db-vpc");
        RecordedMessage card = h.awaitCard();

        h.deny(BOB, card);
        h.awaitInThread(card, t -> t.contains("<@" + BOB + "> denied"));

        assertThat(h.onlyPeering().status().code()).isEqualTo("rejected");
        assertThat(h.current(card).hasButton("peer_approve")).isFalse();
        assertThat(h.ec2.calls().count("CreateRoute")).isZero();
    }

    @Test
    void someoneWhoOwnsNeitherSideIsToldWhoCanApproveAndNothingChanges() {
        h.type(ALICE, "app-vpc db-vpc");
        RecordedMessage card = h.awaitCard();
        int mark = h.ec2.calls().mark();

        h.approve(ERIN, card);

        h.awaitEphemeral(ERIN, t -> t.contains("<@" + BOB + ">"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.onlyPeering().status().code()).isEqualTo("pending-acceptance");
        assertThat(h.current(card).hasButton("peer_approve")).isTrue();
    }

    @Test
    void theRequesterCannotApproveTheSideTheyDoNotOwn() {
        h.type(ALICE, "app-vpc db-vpc");
        RecordedMessage card = h.awaitCard();
        int mark = h.ec2.calls().mark();

        h.approve(ALICE, card);

        h.awaitEphemeral(ALICE, t -> t.contains("you asked for this peering"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.onlyPeering().status().code()).isEqualTo("pending-acceptance");
    }

    @Test
    void aClickOnARequestAwsLetExpireSaysSoAndChangesNothing() {
        h.type(ALICE, "app-vpc db-vpc");
        RecordedMessage card = h.awaitCard();
        h.ec2.state().setPeeringStatus(h.onlyPeering(), StoredPeeringConnection.Status.EXPIRED, "Expired");
        int mark = h.ec2.calls().mark();

        h.approve(BOB, card);

        h.awaitEphemeral(BOB, t -> t.contains("expired"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
    }

    @ParameterizedTest(name = "button value {0}")
    @ValueSource(strings = {"pcx-0123456789abcdef0@111111111111:us-east-1", "DROP TABLE", ""})
    void aForgedButtonValueChangesNothing(String forged) {
        h.type(ALICE, "app-vpc db-vpc");
        RecordedMessage card = h.awaitCard();
        int mark = h.ec2.calls().mark();

        h.slack.clickForged(BOB, card, "peer_approve", forged);

        h.awaitEphemeral(BOB, t -> t.contains("Nothing changed"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.onlyPeering().status().code()).isEqualTo("pending-acceptance");
    }

    @Test
    void twoApproveClicksAtOnceApplyOnce() {
        h.type(ALICE, "app-vpc db-vpc");
        RecordedMessage card = h.awaitCard();

        h.approve(BOB, card);
        h.approve(CAROL, card);

        h.awaitInThread(card, t -> t.contains("is ready"));
        // Whichever click is handled second is told, privately, that the request is approved already.
        h.slack.await("an answer to the second click", Harness.WAIT, () -> Stream.of(BOB, CAROL)
                .flatMap(user -> h.slack.ephemeralsFor(user).stream())
                .filter(m -> m.allText().contains("approved")).findFirst());
        assertThat(h.ec2.calls().of("AcceptVpcPeeringConnection")).filteredOn(c -> c.succeeded()).hasSize(1);
        assertThat(h.thread(card)).filteredOn(m -> m.allText().contains("is ready")).hasSize(1);
    }

    private List<StoredSecurityGroupRule> rulesNaming(String pcxId, String vpcId) {
        return h.ec2.state().region(Org.ACCOUNT_A, Org.REGION_A).securityGroups().stream()
                .filter(g -> g.vpcId().equals(vpcId))
                .map(StoredSecurityGroup::ingressRules).flatMap(List::stream)
                .filter(r -> r.spec().description() != null && r.spec().description().contains(pcxId))
                .toList();
    }
}
