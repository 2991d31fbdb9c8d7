package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.RuleSpec;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredRoute;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.slack.RecordedMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A peering deleted outside the bot leaves its routes (now blackholes) and the bot's rules behind:
 * {@code /peer delete} still takes them away, with the usual approvals, and touches nothing else.
 */
class OrphanTeardownTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void deleteOfAPeeringDeletedOutsideTheBotRemovesItsBlackholeRoutesAndRulesAndNothingElse() {
        String igw = h.org.app.internetGateway();
        h.org.app.mainRouteTable().route("192.168.0.0/16", igw);
        StoredSecurityGroupRule manual = addRule(h.org.db.id(), "db", RuleSpec.ingress("tcp", 5432, 5432,
                "10.0.0.0/16", "app reads db, by hand"));
        RecordedMessage card = h.applied("tcp:5432,icmp");
        StoredPeeringConnection pcx = h.onlyPeering();
        String pcxId = pcx.id();
        List<String> tables = tablesRoutingVia(pcxId);
        List<StoredSecurityGroupRule> rules = rulesOf(pcxId);
        assertThat(tables).isNotEmpty();
        assertThat(rules).isNotEmpty();
        h.ec2.state().setPeeringStatus(pcx, StoredPeeringConnection.Status.DELETED, "Deleted by " + ACCOUNT_A);
        assertThat(routesVia(pcxId)).isNotEmpty().allSatisfy(r -> assertThat(r.state()).isEqualTo("blackhole"));

        h.type(ALICE, "delete " + pcxId);
        RecordedMessage change = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Delete peering"), Harness.WAIT);
        assertThat(change.button("peer_approve").orElseThrow().confirm().text())
                .startsWith("Remove " + routesVia(pcxId).size() + " routes in " + tables.size() + " route tables, "
                        + rules.size() + " rules in ");
        h.approve(BOB, change);

        h.awaitInThread(card, t -> t.contains("was deleted already"));
        h.awaitInThread(card, t -> t.contains("is taken down"));
        assertThat(tablesRoutingVia(pcxId)).isEmpty();
        assertThat(rulesOf(pcxId)).isEmpty();
        RegionState home = h.ec2.state().region(ACCOUNT_A, REGION_A);
        assertThat(home.findSecurityGroupRule(manual.id())).isPresent();
        assertThat(home.mainRouteTable(h.org.app.id()).route("192.168.0.0/16"))
                .hasValueSatisfying(r -> assertThat(r.target()).isEqualTo(igw));
        assertThat(h.ec2.calls().of("DeleteVpcPeeringConnection")).isEmpty();
        assertThat(h.threadText(card)).contains("Routes removed on the requester side",
                "Security group rules revoked on the accepter side");
    }

    @Test
    void deleteOfAPeeringAwsNoLongerShowsNamesWhatItLeftBehindAndChangesNothing() {
        h.applied("tcp:5432");
        StoredPeeringConnection pcx = h.onlyPeering();
        String pcxId = pcx.id();
        List<String> tables = tablesRoutingVia(pcxId);
        List<StoredSecurityGroupRule> rules = rulesOf(pcxId);
        h.ec2.state().setPeeringStatus(pcx, StoredPeeringConnection.Status.DELETED, "Deleted by " + ACCOUNT_A);
        h.ec2.state().forgetPeering(pcxId);
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "delete " + pcxId);

        RecordedMessage answer = h.awaitEphemeral(ALICE, t -> t.contains("is gone from AWS"));
        assertThat(answer.allText()).contains("Nothing changed", "delete-route", "revoke-security-group-ingress");
        tables.forEach(t -> assertThat(answer.allText()).contains(t));
        rules.forEach(r -> assertThat(answer.allText()).contains(r.id()));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(tablesRoutingVia(pcxId)).isEqualTo(tables);
    }

    @Test
    void staleReferencesToThePeersGroupsAreRevokedWhenPeerbotMadeThemAndOnlyListedWhenSomeoneElseDid() {
        RecordedMessage card = h.applied("tcp:5432");
        String pcxId = h.onlyPeering().id();
        String web = groupOf(h.org.app.id(), "web").id();
        // Left by an earlier peering of the same VPCs, deleted outside the bot: made by peerbot, and by hand.
        StoredSecurityGroupRule earlier = addRule(h.org.db.id(), "db", new RuleSpec(false, "tcp", 5432, 5432, null,
                null, web, ACCOUNT_A, "peerbot pcx-0aaaabbbbcccc1111"));
        earlier.tags().put("peerbot:pcx", "pcx-0aaaabbbbcccc1111");
        StoredSecurityGroupRule byHand = addRule(h.org.db.id(), "db", new RuleSpec(false, "tcp", 6379, 6379, null,
                null, web, ACCOUNT_A, "redis from web, by hand"));

        h.type(ALICE, "delete " + pcxId);
        RecordedMessage change = h.slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && m.hasButton("peer_approve") && m.allText().contains("Delete peering"), Harness.WAIT);
        h.approve(BOB, change);

        RecordedMessage stale = h.awaitInThread(card, t -> t.contains("Stale references"));
        assertThat(stale.allText()).contains("revoked (made by peerbot)", earlier.id(), "left in place", web,
                "tcp:6379").doesNotContain(byHand.id() + "`");
        RegionState home = h.ec2.state().region(ACCOUNT_A, REGION_A);
        assertThat(home.findSecurityGroupRule(earlier.id())).isEmpty();
        assertThat(home.findSecurityGroupRule(byHand.id())).isPresent();
        assertThat(h.onlyPeering().status().code()).isEqualTo("deleted");
    }

    private List<String> tablesRoutingVia(String pcxId) {
        return h.ec2.state().region(ACCOUNT_A, REGION_A).routeTables().stream()
                .filter(t -> t.routes().stream().anyMatch(r -> pcxId.equals(r.vpcPeeringConnectionId())))
                .map(StoredRouteTable::id).sorted().toList();
    }

    private List<StoredRoute> routesVia(String pcxId) {
        return h.ec2.state().region(ACCOUNT_A, REGION_A).routeTables().stream().flatMap(t -> t.routes().stream())
                .filter(r -> pcxId.equals(r.vpcPeeringConnectionId())).toList();
    }

    private List<StoredSecurityGroupRule> rulesOf(String pcxId) {
        return h.ec2.state().region(ACCOUNT_A, REGION_A).securityGroups().stream()
                .map(StoredSecurityGroup::ingressRules).flatMap(List::stream)
                .filter(r -> pcxId.equals(r.tags().asMap().get("peerbot:pcx")))
                .toList();
    }

    private StoredSecurityGroup groupOf(String vpcId, String groupName) {
        return h.ec2.state().region(ACCOUNT_A, REGION_A).securityGroups().stream()
                .filter(g -> g.vpcId().equals(vpcId) && g.groupName().equals(groupName)).findFirst().orElseThrow();
    }

    private StoredSecurityGroupRule addRule(String vpcId, String groupName, RuleSpec spec) {
        synchronized (h.ec2.state()) {
            return h.ec2.state().region(ACCOUNT_A, REGION_A).factory().addRule(groupOf(vpcId, groupName), spec);
        }
    }
}
