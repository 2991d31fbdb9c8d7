package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.ERIN;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.model.RuleSpec;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.slack.Button;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /peer open}, {@code /peer close} and {@code /peer delete} on an applied peering, each asked for in
 * Slack, approved (or not) by the owners with the buttons of the change's message in the request's thread,
 * and carried out by the real bot against the EC2 stand-in.
 */
class PeeringChangesTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void deleteApprovedByTheOtherOwnerRemovesExactlyPeerbotsRoutesAndRulesAndDeletesThePeering() {
        String igw = h.org.app.internetGateway();
        h.org.app.mainRouteTable().route("192.168.0.0/16", igw);
        StoredSecurityGroupRule manualSsh = addRule(h.org.db.id(), "db", RuleSpec.ingress("tcp", 22, 22, "10.0.0.0/16",
                "ssh from the app team"));
        StoredSecurityGroupRule manualDb = addRule(h.org.db.id(), "db", RuleSpec.ingress("tcp", 5432, 5432, "10.0.0.0/16",
                "app reads db, by hand"));
        RecordedMessage card = h.applied("tcp:5432,icmp");
        String pcxId = h.onlyPeering().id();
        List<String> routeTables = tablesRoutingVia(pcxId);
        List<StoredSecurityGroupRule> peerbotRules = rulesOf(pcxId);
        assertThat(routeTables).hasSize(6);
        assertThat(peerbotRules).isNotEmpty();

        h.type(ALICE, "delete " + pcxId);
        RecordedMessage change = awaitChangeMessage(card, "Delete peering");
        assertThat(h.slack.ephemeralsFor(ALICE)).anyMatch(m -> m.allText().contains("<@" + BOB + "> must approve"));
        assertThat(h.onlyPeering().status().code()).isEqualTo("active");
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:change", "delete")
                .containsEntry("peerbot:change-state", "awaiting-approval")
                .containsEntry("peerbot:change-by", ALICE);
        Button approve = change.button("peer_approve").orElseThrow();
        assertThat(approve.value()).startsWith(pcxId + "@" + ACCOUNT_A + ":" + REGION_A + "#delete-");
        assertThat(approve.confirm().text()).isEqualTo("Remove " + routesVia(pcxId) + " routes in "
                + routeTables.size() + " route tables, " + peerbotRules.size() + " rules in "
                + groupsOf(peerbotRules) + " groups, and delete " + pcxId + ".");

        h.approve(BOB, change);

        RecordedMessage done = h.awaitInThread(card, t -> t.contains("is taken down"));
        assertThat(h.onlyPeering().status().code()).isEqualTo("deleted");
        assertThat(tablesRoutingVia(pcxId)).isEmpty();
        assertThat(rulesOf(pcxId)).isEmpty();
        RegionState home = h.ec2.state().region(ACCOUNT_A, REGION_A);
        assertThat(home.findSecurityGroupRule(manualSsh.id())).isPresent();
        assertThat(home.findSecurityGroupRule(manualDb.id())).isPresent();
        assertThat(home.mainRouteTable(h.org.app.id()).route("192.168.0.0/16"))
                .hasValueSatisfying(r -> assertThat(r.target()).isEqualTo(igw));

        String thread = h.threadText(card);
        assertThat(thread).contains("Routes removed on the requester side", "Routes removed on the accepter side",
                "Security group rules revoked on the accepter side", "Deleted `" + pcxId + "`",
                "<@" + BOB + "> approved `/peer delete`");
        routeTables.forEach(t -> assertThat(thread).contains(t));
        peerbotRules.forEach(r -> assertThat(thread).contains(r.id()));
        assertThat(done.allText()).contains("<@" + ALICE + ">", "<@" + BOB + ">");
        RecordedMessage decided = h.slack.await("the change message marked done", Harness.WAIT,
                () -> Optional.of(h.current(change)).filter(m -> m.allText().contains("Done")));
        assertThat(decided.hasButton("peer_approve")).isFalse();
        assertThat(decided.allText()).contains("<@" + BOB + ">");
        h.slack.await("the request message marked taken down", Harness.WAIT,
                () -> Optional.of(h.current(card)).filter(m -> m.allText().contains("Taken down")));
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:state", "deleted")
                .containsEntry("peerbot:change-state", "done");
    }

    @Test
    void deleteDeniedChangesNothingAndSaysByWhom() {
        RecordedMessage card = h.applied("tcp:5432,icmp");
        String pcxId = h.onlyPeering().id();
        List<String> routeTables = tablesRoutingVia(pcxId);
        List<String> rules = rulesOf(pcxId).stream().map(StoredSecurityGroupRule::id).toList();
        h.type(ALICE, "delete " + pcxId);
        RecordedMessage change = awaitChangeMessage(card, "Delete peering");
        int mark = h.ec2.calls().mark();

        h.deny(BOB, change);

        h.awaitInThread(card, t -> t.contains("<@" + BOB + "> denied `/peer delete`"));
        assertThat(h.ec2.calls().since(mark)).filteredOn(c -> c.mutating())
                .extracting(c -> c.action()).containsOnly("CreateTags");
        assertThat(h.onlyPeering().status().code()).isEqualTo("active");
        assertThat(tablesRoutingVia(pcxId)).isEqualTo(routeTables);
        assertThat(rulesOf(pcxId)).extracting(StoredSecurityGroupRule::id).isEqualTo(rules);
        RecordedMessage decided = h.slack.await("the change message marked denied", Harness.WAIT,
                () -> Optional.of(h.current(change)).filter(m -> m.allText().contains("Denied by")));
        assertThat(decided.hasButton("peer_approve")).isFalse();
        assertThat(decided.allText()).contains("Denied by <@" + BOB + ">");
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:state", "applied")
                .containsEntry("peerbot:change-state", "denied").containsEntry("peerbot:change-denied-by", BOB);
    }

    @Test
    void openAddsRulesOneWayOnTheAcceptersSideAndRecordsThePorts() {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        int before = rulesOf(pcxId).size();

        h.type(ALICE, "open " + pcxId + " tcp:6379");
        RecordedMessage change = awaitChangeMessage(card, "Open tcp:6379");
        assertThat(change.button("peer_approve").orElseThrow().confirm().text()).startsWith("Add ").contains("tcp:6379");
        h.approve(BOB, change);

        h.awaitInThread(card, t -> t.contains("Opened `tcp:6379`"));
        List<StoredSecurityGroupRule> redis = rulesOf(pcxId).stream()
                .filter(r -> r.spec().fromPort() != null && r.spec().fromPort() == 6379).toList();
        assertThat(redis).as("the requester asked to reach the accepter: only the accepter opens tcp:6379")
                .isNotEmpty().extracting(StoredSecurityGroupRule::groupId).map(g -> vpcOfGroup(g))
                .containsOnly(h.org.db.id());
        assertThat(rulesOf(pcxId)).hasSize(before + redis.size());
        String thread = h.threadText(card);
        redis.forEach(r -> assertThat(thread).contains(r.id()));
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:ports", "icmp tcp:6379")
                .containsEntry("peerbot:state", "applied");

        h.type(ALICE, "status " + pcxId);
        h.awaitEphemeral(ALICE, t -> t.contains("tcp:6379") && t.contains("Latest change: `/peer open tcp:6379`"));
    }

    @Test
    void openedPortsAreTestedRightAwayUnlessTheRequestSaidNoTest() {
        h.type(ALICE, "app-vpc db-vpc --ports icmp");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("Connectivity test over"));
        String pcxId = h.onlyPeering().id();

        h.type(ALICE, "open " + pcxId + " tcp:5432");
        h.approve(BOB, awaitChangeMessage(card, "Open tcp:5432"));

        h.awaitInThread(card, t -> t.contains("The connectivity test of `tcp:5432` follows"));
        h.awaitInThread(card, t -> t.contains("Connectivity test over") && t.contains("tcp:5432"));
    }

    @Test
    void closeRemovesOnlyTheNamedPortsRules() {
        RecordedMessage card = h.applied("tcp:5432,tcp:6379,icmp");
        String pcxId = h.onlyPeering().id();
        List<StoredSecurityGroupRule> kept = rulesOf(pcxId).stream()
                .filter(r -> r.spec().fromPort() == null || r.spec().fromPort() != 6379).toList();
        List<StoredSecurityGroupRule> closing = rulesOf(pcxId).stream()
                .filter(r -> r.spec().fromPort() != null && r.spec().fromPort() == 6379).toList();
        assertThat(closing).isNotEmpty();

        h.type(ALICE, "close " + pcxId + " tcp:6379");
        RecordedMessage change = awaitChangeMessage(card, "Close tcp:6379");
        h.approve(BOB, change);

        h.awaitInThread(card, t -> t.contains("Closed `tcp:6379`"));
        assertThat(rulesOf(pcxId)).extracting(StoredSecurityGroupRule::id)
                .containsExactlyInAnyOrderElementsOf(kept.stream().map(StoredSecurityGroupRule::id).toList());
        String thread = h.threadText(card);
        closing.forEach(r -> assertThat(thread).contains(r.id()));
        assertThat(tablesRoutingVia(pcxId)).hasSize(6);
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:ports", "tcp:5432 icmp");
    }

    @Test
    void closeOfPortsThatAreNotOpenSaysWhich() {
        h.applied("tcp:5432,icmp");
        String pcxId = h.onlyPeering().id();
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "close " + pcxId + " tcp:80");

        h.awaitEphemeral(ALICE, t -> t.contains("`tcp:80` is not open on `" + pcxId + "`")
                && t.contains("`tcp:5432`, `icmp`"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
    }

    @Test
    void aClickBySomeoneWhoOwnsNeitherSideIsRefusedAndChangesNothing() {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        h.type(ALICE, "delete " + pcxId);
        RecordedMessage change = awaitChangeMessage(card, "Delete peering");
        int mark = h.ec2.calls().mark();

        h.approve(ERIN, change);

        h.awaitEphemeral(ERIN, t -> t.contains("you own neither VPC") && t.contains("<@" + BOB + ">"));
        h.approve(ALICE, change);
        h.awaitEphemeral(ALICE, t -> t.contains("you asked for this change"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.onlyPeering().status().code()).isEqualTo("active");
        assertThat(h.current(change).hasButton("peer_approve")).isTrue();
    }

    @Test
    void aReplayedButtonOfAnEarlierChangeDoesNotApproveTheNextOne() {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        h.type(ALICE, "delete " + pcxId);
        RecordedMessage first = awaitChangeMessage(card, "Delete peering");
        String oldValue = first.button("peer_approve").orElseThrow().value();
        h.deny(BOB, first);
        h.awaitInThread(card, t -> t.contains("<@" + BOB + "> denied `/peer delete`"));
        h.type(ALICE, "delete " + pcxId);
        RecordedMessage second = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && !m.ts().equals(first.ts()), Harness.WAIT);
        h.slack.await("the second delete recorded", Harness.WAIT, () -> Optional.of(h.onlyPeering().tags())
                .filter(t -> "awaiting-approval".equals(t.get("peerbot:change-state"))));
        assertThat(second.button("peer_approve").orElseThrow().value()).isNotEqualTo(oldValue);
        int mark = h.ec2.calls().mark();

        h.slack.clickForged(BOB, second, "peer_approve", oldValue);

        h.awaitEphemeral(BOB, t -> t.contains("That button is for an earlier `/peer delete`"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.onlyPeering().status().code()).isEqualTo("active");
        assertThat(h.current(second).hasButton("peer_approve")).isTrue();
    }

    @Test
    void deleteOnAPeeringThatIsNotAppliedIsRefusedClearlyAndChangesNothing() {
        h.type(ALICE, "app-vpc db-vpc");
        h.awaitCard();
        String pcxId = h.onlyPeering().id();
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "delete " + pcxId);

        h.awaitEphemeral(ALICE, t -> t.contains("is still awaiting approval, not applied")
                && t.contains("Nothing changed"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.onlyPeering().status().code()).isEqualTo("pending-acceptance");
    }

    @Test
    void aSecondChangeWhileOneIsPendingIsRefusedNamingThePendingOne() {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        h.type(ALICE, "delete " + pcxId);
        awaitChangeMessage(card, "Delete peering");
        int mark = h.ec2.calls().mark();

        h.type(BOB, "delete " + pcxId);

        h.awaitEphemeral(BOB, t -> t.contains("already has a change pending: `/peer delete`, asked by <@" + ALICE
                + ">"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.thread(card)).filteredOn(m -> m.hasButton("peer_approve")).hasSize(1);
    }

    @Test
    void twoApproveClicksAtOnceDeleteOnce() {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        h.type(ALICE, "delete " + pcxId);
        RecordedMessage change = awaitChangeMessage(card, "Delete peering");

        h.approve(BOB, change);
        h.approve(Org.CAROL, change);

        h.awaitInThread(card, t -> t.contains("is taken down"));
        h.slack.await("the later click refused", Harness.WAIT, () -> h.slack.allMessages().stream()
                .filter(m -> m.ephemeral() && m.allText().contains("this change was already approved")).findFirst());
        assertThat(h.ec2.calls().of("DeleteVpcPeeringConnection")).filteredOn(c -> c.succeeded()).hasSize(1);
        assertThat(h.thread(card)).filteredOn(m -> m.allText().contains("is taken down")).hasSize(1);
    }

    @Test
    void aDeleteThatFailsSaysWhatFailedAndRetryFinishesIt() {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        h.ec2.deny(ACCOUNT_A, "ec2:RevokeSecurityGroupIngress");
        h.type(ALICE, "delete " + pcxId);
        RecordedMessage change = awaitChangeMessage(card, "Delete peering");

        h.approve(BOB, change);

        h.awaitInThread(card, t -> t.contains("`/peer delete` on `" + pcxId + "` failed")
                && t.contains("RevokeSecurityGroupIngress") && t.contains("/peer retry " + pcxId));
        assertThat(h.onlyPeering().status().code()).as("kept until its rules are gone").isEqualTo("active");
        assertThat(tablesRoutingVia(pcxId)).isEmpty();
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:state", "failed")
                .containsEntry("peerbot:change-state", "failed");

        h.ec2.allow(ACCOUNT_A, "ec2:RevokeSecurityGroupIngress");
        h.type(BOB, "retry " + pcxId);

        h.awaitInThread(card, t -> t.contains("is taken down"));
        assertThat(h.threadText(card)).contains("<@" + BOB + "> retries `/peer delete`.");
        assertThat(h.onlyPeering().status().code()).isEqualTo("deleted");
        assertThat(rulesOf(pcxId)).isEmpty();
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:state", "deleted");
    }

    @Test
    void aTeardownCutShortByARestartIsFinishedWhenTheBotStartsAgain() throws Exception {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        h.type(ALICE, "delete " + pcxId);
        awaitChangeMessage(card, "Delete peering");
        String approvals = h.onlyPeering().tags().get("peerbot:change-approvals");

        h.stopBot();
        // Bob approved; the bot recorded it and stopped before the first step.
        h.saveAsTheBot(h.ec2.state().peering(pcxId), Map.of(
                "peerbot:change-approvals", approvals + " accepter=" + BOB + "@1732870000",
                "peerbot:change-state", "applying",
                "peerbot:state", "deleting"));
        h.restart();

        h.awaitInThread(card, t -> t.contains("is taken down"));
        assertThat(h.threadText(card)).contains("peerbot restarted while `/peer delete` was being applied");
        assertThat(h.onlyPeering().status().code()).isEqualTo("deleted");
        assertThat(tablesRoutingVia(pcxId)).isEmpty();
        assertThat(rulesOf(pcxId)).isEmpty();
    }

    @Test
    void aRequestFromSomeoneWhoOwnsBothSidesNeverShowsButtonsToClick() {
        h.org.db.tag("peerbot:owner", BOB + "," + ALICE);

        h.type(ALICE, "app-vpc db-vpc --no-test --ports tcp:5432");

        RecordedMessage card = h.slack.awaitMessage(m -> !m.ephemeral() && !m.isReply(), Harness.WAIT);
        h.awaitInThread(card, t -> t.contains("is ready"));
        assertThat(h.slack.events()).filteredOn(SlackEvent.MessageUpdated.class::isInstance)
                .map(e -> ((SlackEvent.MessageUpdated) e).message())
                .filteredOn(m -> card.ts().equals(m.ts()))
                .isNotEmpty().noneMatch(m -> m.hasButton("peer_approve") || m.hasButton("peer_deny"));
    }

    @Test
    void someoneWhoOwnsBothSidesDeletesWithoutWaiting() {
        RecordedMessage card = h.applied("icmp");
        String pcxId = h.onlyPeering().id();
        h.org.db.tag("peerbot:owner", BOB + "," + ALICE);

        h.type(ALICE, "delete " + pcxId);

        h.awaitInThread(card, t -> t.contains("is taken down"));
        assertThat(h.threadText(card)).contains("<@" + ALICE + "> owns both VPCs: no other approval needed.");
        assertThat(h.onlyPeering().status().code()).isEqualTo("deleted");
        assertThat(h.thread(card)).noneMatch(m -> m.hasButton("peer_approve"));
    }

    @Test
    void aChangeToAPeeringPeerbotDidNotMakeIsRefused() {
        StoredPeeringConnection foreign = h.ec2.seed().peering(h.org.app, h.org.db, StoredPeeringConnection.Status.ACTIVE)
                .connection();
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "delete " + foreign.id());
        h.awaitEphemeral(ALICE, t -> t.contains("`" + foreign.id() + "` was not made by peerbot"));
        h.type(ALICE, "open pcx-0123456789abcdef0 tcp:80");
        h.awaitEphemeral(ALICE, t -> t.contains("I find no peering `pcx-0123456789abcdef0`"));

        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.ec2.state().peering(foreign.id()).status().code()).isEqualTo("active");
    }

    @Test
    void laterChangesHaveTheirOwnCardsAndTheRequestsCardKeepsStatingWhatWasAskedAndApproved() {
        RecordedMessage card = h.applied("tcp:5432");
        String pcxId = h.onlyPeering().id();
        String asApproved = h.current(card).allText();

        h.type(ALICE, "open " + pcxId + " tcp:6379");
        RecordedMessage open = awaitChangeMessage(card, "Open tcp:6379");
        h.approve(BOB, open);
        h.awaitInThread(card, t -> t.contains("Opened `tcp:6379`"));
        h.type(ALICE, "close " + pcxId + " tcp:5432");
        RecordedMessage close = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Close tcp:5432"), Harness.WAIT);
        h.slack.await("the close recorded", Harness.WAIT, () -> Optional.of(h.onlyPeering().tags())
                .filter(t -> "close tcp:5432".equals(t.get("peerbot:change"))));
        h.approve(BOB, close);
        h.awaitInThread(card, t -> t.contains("Closed `tcp:5432`"));

        RecordedMessage original = h.slack.await("the request's card telling the ports in force now", Harness.WAIT,
                () -> Optional.of(h.current(card)).filter(m -> m.allText().contains("Ports in force now: `tcp:6379`")));
        String text = original.allText();
        String record = text.lines().filter(l -> !l.contains("Ports in force now")).collect(Collectors.joining("\n"));
        assertThat(record).contains("<@" + ALICE + "> asks to peer", "Ports `tcp:5432`", "tcp:5432",
                "approved by <@" + BOB + ">", "Applied").doesNotContain("6379");
        assertThat(text).contains("Ports in force now: `tcp:6379`");
        assertThat(asApproved).contains("Ports `tcp:5432`", "approved by <@" + BOB + ">");
        assertThat(h.current(open).allText()).contains("Open tcp:6379", "<@" + BOB + ">", "Done");
        assertThat(h.current(close).allText()).contains("Close tcp:5432", "<@" + BOB + ">", "Done");
        assertThat(h.thread(card)).filteredOn(m -> !m.ts().equals(card.ts()))
                .filteredOn(m -> m.allText().contains("Done")).hasSize(2);
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:ports", "tcp:6379")
                .containsEntry("peerbot:create", "create tcp:5432");
    }

    /** A peering of app-vpc and db-vpc with these ports, asked by alice, approved by bob, applied. */
    /** The change's message in the thread, once the asker has been told it is recorded (so it is in AWS too). */
    private RecordedMessage awaitChangeMessage(RecordedMessage card, String headline) {
        RecordedMessage change = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains(headline), Harness.WAIT);
        h.awaitEphemeral(ALICE, t -> t.contains("is in the request's thread for approval"));
        return change;
    }

    /** Route tables in the home region with a route through the peering. */
    private List<String> tablesRoutingVia(String pcxId) {
        return h.ec2.state().region(ACCOUNT_A, REGION_A).routeTables().stream()
                .filter(t -> t.routes().stream().anyMatch(r -> pcxId.equals(r.vpcPeeringConnectionId())))
                .map(StoredRouteTable::id).sorted().toList();
    }

    private long routesVia(String pcxId) {
        return h.ec2.state().region(ACCOUNT_A, REGION_A).routeTables().stream().flatMap(t -> t.routes().stream())
                .filter(r -> pcxId.equals(r.vpcPeeringConnectionId())).count();
    }

    /** Ingress rules in the home region tagged as made for the peering. */
    private List<StoredSecurityGroupRule> rulesOf(String pcxId) {
        return h.ec2.state().region(ACCOUNT_A, REGION_A).securityGroups().stream()
                .map(StoredSecurityGroup::ingressRules).flatMap(List::stream)
                .filter(r -> pcxId.equals(r.tags().asMap().get("peerbot:pcx")))
                .toList();
    }

    private static long groupsOf(List<StoredSecurityGroupRule> rules) {
        return rules.stream().map(StoredSecurityGroupRule::groupId).distinct().count();
    }

    private String vpcOfGroup(String groupId) {
        return h.ec2.state().securityGroup(groupId).vpcId();
    }

    private StoredSecurityGroupRule addRule(String vpcId, String groupName, RuleSpec spec) {
        synchronized (h.ec2.state()) {
            RegionState home = h.ec2.state().region(ACCOUNT_A, REGION_A);
            StoredSecurityGroup group = home.securityGroups().stream()
                    .filter(g -> g.vpcId().equals(vpcId) && g.groupName().equals(groupName)).findFirst().orElseThrow();
            return home.factory().addRule(group, spec);
        }
    }
}
