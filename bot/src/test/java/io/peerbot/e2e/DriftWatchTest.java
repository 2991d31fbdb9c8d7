package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.DAVE;
import static io.peerbot.e2e.Org.ERIN;
import static io.peerbot.e2e.Org.REGION_A;
import static io.peerbot.e2e.Org.REGION_B;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.Hold;
import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The drift watch against the EC2 stand-in, through the real SDK, with time moved by the test: a deleted route is
 * reported once (across a restart too) and repaired by an owner of its side; growth (a new subnet with its own
 * table, a secondary block) is reported and added only once both sides approve; a dismissed finding is not raised
 * again until it changes; a peering deleted by the other account is said so in its thread.
 */
class DriftWatchTest {
    private static final Duration INTERVAL = Duration.ofMinutes(10);

    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void aDeletedRouteIsReportedOnceAndRepairedByAnOwnerOfItsSide() throws Exception {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        StoredRouteTable table = appTableRoutingVia(pcxId);
        int routesBefore = routesVia(pcxId);
        removeRoute(table, "10.1.0.0/16");

        h.advance(INTERVAL);

        List<RecordedMessage> findings = findings(card);
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.allText())
                .contains(table.id(), "10.1.0.0/16", "missing on the requester side")
                .doesNotContain("Extend"));
        RecordedMessage finding = findings.get(0);
        assertThat(finding.hasButton("peer_drift_repair")).isTrue();
        assertThat(finding.hasButton("peer_drift_extend")).isFalse();

        h.advance(INTERVAL);
        assertThat(findings(card)).hasSize(1);
        h.restart();
        h.advance(INTERVAL);
        assertThat(findings(card)).as("the same drift after a restart").hasSize(1);

        int mark = h.ec2.calls().mark();
        h.slack.clickConfirmed(BOB, finding, "peer_drift_repair");
        h.awaitEphemeral(BOB, t -> t.contains("Only an owner of the requester side") && t.contains(ALICE));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());

        h.slack.clickConfirmed(ALICE, finding, "peer_drift_repair");

        h.awaitInThread(card, t -> t.contains("Repaired"));
        assertThat(table.route("10.1.0.0/16")).hasValueSatisfying(r ->
                assertThat(r.vpcPeeringConnectionId()).isEqualTo(pcxId));
        assertThat(routesVia(pcxId)).isEqualTo(routesBefore);
        assertThat(h.ec2.calls().since(mark)).filteredOn(c -> c.mutating() && !c.action().endsWith("Tags"))
                .extracting(c -> c.action()).containsExactly("CreateRoute");
        h.advance(INTERVAL);
        assertThat(findings(card)).hasSize(1);
    }

    @Test
    void aNewSubnetWithItsOwnTableIsRoutedOnlyOnceBothSidesApproveTheExtension() {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        SubnetSeed subnet = h.org.app.subnet("app-vpc-d", "10.0.4.0/24");
        String table = h.org.app.routeTable("rt-d", subnet).id();

        h.advance(INTERVAL);

        RecordedMessage finding = findings(card).stream().filter(f -> f.allText().contains(table)).findFirst()
                .orElseThrow();
        assertThat(finding.hasButton("peer_drift_extend")).isTrue();
        assertThat(finding.hasButton("peer_drift_repair")).isFalse();

        h.slack.click(ALICE, finding, "peer_drift_extend");
        RecordedMessage change = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Extend peering"), Harness.WAIT);
        assertThat(change.allText()).contains(table);
        assertThat(routesIn(table, pcxId)).isEmpty();

        h.approve(BOB, change);

        h.awaitInThread(card, t -> t.contains("Extended"));
        assertThat(routesIn(table, pcxId)).containsExactlyInAnyOrder("10.1.0.0/16", "10.2.0.0/16");
        h.advance(INTERVAL);
        assertThat(findings(card)).as("no finding once the growth is approved").hasSize(1);
    }

    @Test
    void aSecondaryBlockGetsRoutesAndRulesOnlyAfterApproval() {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        h.org.db.cidr("10.3.0.0/16");

        h.advance(INTERVAL);

        RecordedMessage finding = findings(card).stream().filter(f -> f.allText().contains("10.3.0.0/16"))
                .findFirst().orElseThrow();
        assertThat(finding.allText()).contains("New blocks");
        assertThat(routesTo(pcxId, "10.3.0.0/16")).isZero();
        assertThat(rulesFrom(pcxId, "10.3.0.0/16")).isZero();

        h.slack.click(ALICE, finding, "peer_drift_extend");
        RecordedMessage change = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Extend peering"), Harness.WAIT);
        assertThat(routesTo(pcxId, "10.3.0.0/16")).isZero();
        h.approve(BOB, change);

        h.awaitInThread(card, t -> t.contains("Extended"));
        assertThat(routesTo(pcxId, "10.3.0.0/16")).isEqualTo(3);
        assertThat(rulesFrom(pcxId, "10.3.0.0/16")).isPositive();
    }

    @Test
    void aDismissedFindingIsNotRaisedAgainUntilItChanges() throws Exception {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        StoredRouteTable table = appTableRoutingVia(pcxId);
        removeRoute(table, "10.1.0.0/16");
        h.advance(INTERVAL);
        RecordedMessage finding = findings(card).get(0);

        h.slack.click(ERIN, finding, "peer_drift_dismiss");
        h.awaitEphemeral(ERIN, t -> t.contains("Only an owner of either side or an admin may dismiss"));
        h.slack.click(ALICE, finding, "peer_drift_dismiss");
        h.awaitInThread(card, t -> t.contains("dismissed this drift"));
        assertThat(h.onlyPeering().tags()).hasEntrySatisfying("peerbot:drift-dismissed",
                v -> assertThat(v).endsWith("@" + ALICE));

        h.advance(INTERVAL);
        h.restart();
        h.advance(INTERVAL);
        assertThat(findings(card)).as("dismissed, across a restart").hasSize(1);

        removeRoute(table, "10.2.0.0/16");
        h.advance(INTERVAL);
        assertThat(findings(card)).as("the drift changed").hasSize(2);
        assertThat(findings(card).get(1).allText()).contains("10.1.0.0/16", "10.2.0.0/16");
    }

    @Test
    void aDismissWhileAChangeIsAppliedIsRefusedSoTheChangesOwnSaveCannotDropIt() throws Exception {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        removeRoute(appTableRoutingVia(pcxId), "10.1.0.0/16");
        h.advance(INTERVAL);
        RecordedMessage finding = findings(card).get(0);
        Hold rules = h.ec2.faults().holdAfterApply("AuthorizeSecurityGroupIngress", (account, p) -> true);
        h.type(ALICE, "open " + pcxId + " tcp:443");
        RecordedMessage open = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Open tcp:443"), Harness.WAIT);
        h.approve(BOB, open);
        assertThat(rules.awaitHeld(Harness.WAIT)).isTrue();

        h.slack.click(ALICE, finding, "peer_drift_dismiss");
        h.awaitEphemeral(ALICE, t -> t.contains("is being applied right now"));
        rules.release();
        h.awaitInThread(card, t -> t.contains("Opened"));
        assertThat(h.onlyPeering().tags().getOrDefault("peerbot:drift-dismissed", "")).isEmpty();

        h.slack.click(ALICE, finding, "peer_drift_dismiss");
        h.awaitInThread(card, t -> t.contains("dismissed this drift"));
        assertThat(h.onlyPeering().tags()).hasEntrySatisfying("peerbot:drift-dismissed",
                v -> assertThat(v).endsWith("@" + ALICE));
    }

    @Test
    void aPeeringDeletedByTheOtherAccountIsSaidSoInItsThreadAndListedAsDeleted() {
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --no-test --ports tcp:443");
        RecordedMessage card = h.awaitCard();
        h.approve(DAVE, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        String pcxId = h.onlyPeering().id();

        try (Ec2Client dave = Ec2Client.builder().endpointOverride(h.ec2.endpoint()).region(Region.of(REGION_B))
                .credentialsProvider(h.ec2.credentialsFor(ACCOUNT_B).provider()).build()) {
            dave.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcxId));
        }
        h.advance(INTERVAL);
        h.advance(INTERVAL);

        assertThat(findings(card)).singleElement().satisfies(f -> assertThat(f.allText())
                .contains("deleted", "outside peerbot"));
        h.type(ALICE, "list");
        h.awaitEphemeral(ALICE, t -> t.contains(pcxId) && t.contains("deleted"));
    }

    private List<RecordedMessage> findings(RecordedMessage card) {
        return h.thread(card).stream().filter(m -> m.allText().contains("Drift on")).toList();
    }

    private RegionState home() {
        return h.ec2.state().region(ACCOUNT_A, REGION_A);
    }

    private StoredRouteTable appTableRoutingVia(String pcxId) {
        return home().routeTables().stream().filter(t -> t.vpcId().equals(h.org.app.id()))
                .filter(t -> t.routes().stream().anyMatch(r -> pcxId.equals(r.vpcPeeringConnectionId())))
                .findFirst().orElseThrow();
    }

    private void removeRoute(StoredRouteTable table, String destination) {
        synchronized (h.ec2.state()) {
            table.removeRoute(destination);
        }
    }

    private int routesVia(String pcxId) {
        return (int) home().routeTables().stream().flatMap(t -> t.routes().stream())
                .filter(r -> pcxId.equals(r.vpcPeeringConnectionId())).count();
    }

    private List<String> routesIn(String tableId, String pcxId) {
        return h.ec2.state().routeTable(tableId).routes().stream()
                .filter(r -> pcxId.equals(r.vpcPeeringConnectionId())).map(r -> r.destination()).toList();
    }

    private long routesTo(String pcxId, String destination) {
        return home().routeTables().stream().flatMap(t -> t.routes().stream())
                .filter(r -> pcxId.equals(r.vpcPeeringConnectionId()) && destination.equals(r.destination()))
                .count();
    }

    private long rulesFrom(String pcxId, String source) {
        return home().securityGroups().stream().map(StoredSecurityGroup::ingressRules).flatMap(List::stream)
                .filter(r -> pcxId.equals(r.tags().asMap().get("peerbot:pcx")))
                .filter(r -> source.equals(r.spec().cidrIpv4()))
                .count();
    }
}
