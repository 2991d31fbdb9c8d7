package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.REGION_A;
import static io.peerbot.e2e.Org.REGION_B;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.RuleSpec;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.ec2.seed.NetworkInterfaceSeed;
import io.peerbot.standin.ec2.seed.SecurityGroupSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.slack.RecordedMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which groups get rules, through the real SDK against the stand-in: the database's interface (RDS-like, no instance)
 * and not the bastion next to it, one way by default, {@code --both-ways}, {@code --subnets}, {@code --to} and
 * {@code --source-groups}.
 */
class RuleTargetsTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    private SubnetSeed data;
    private SecurityGroupSeed ordersDb;
    private SecurityGroupSeed bastion;
    private NetworkInterfaceSeed database;

    /** In db-vpc: a data subnet with an RDS database (its group admits Postgres from the VPC) and a bastion. */
    @BeforeEach
    void database() {
        data = h.org.db.subnet("db-vpc-data", "10.1.4.0/24");
        ordersDb = h.org.db.securityGroup("orders-db").ingress("tcp", 5432, 5432, "10.1.0.0/16", "orders app");
        bastion = h.org.db.securityGroup("bastion").ingress("tcp", 22, 22, "10.1.0.0/16", "ssh");
        database = data.rdsInterface("orders-prod", "10.1.4.50").securityGroups(ordersDb);
        data.instance("bastion").securityGroups(bastion);
    }

    @Test
    void theDatabasesGroupGetsThePortTheBastionNextToItOnlyIcmpAndTheRequesterOnlyIcmp() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432,icmp --subnets " + data.id());
        RecordedMessage card = h.awaitCard();
        assertThat(card.allText()).as("the card names each group with what it serves")
                .contains(ordersDb.id() + "` (orders-db) — RDS orders-prod", "(bastion) — instance bastion");

        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("is ready"));

        assertThat(ingress(ordersDb)).contains("tcp 5432-5432 from 10.0.0.0/16", "icmp -1--1 from 10.0.0.0/16");
        assertThat(ingress(bastion)).contains("icmp -1--1 from 10.0.0.0/16")
                .noneMatch(rule -> rule.startsWith("tcp 5432"));
        assertThat(peerbotIngress(group("web")))
                .as("one way: the requester opens icmp only (from the chosen subnet), so ping works both ways")
                .containsExactly("icmp -1--1 from 10.1.4.0/24");
    }

    @Test
    void bothWaysAddsTheMirrorRulesFromTheChosenSubnetOnly() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432 --both-ways --subnets " + data.id());
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("is ready"));

        assertThat(peerbotIngress(group("web"))).containsExactly("tcp 5432-5432 from 10.1.4.0/24");
        assertThat(peerbotIngress(group("worker"))).containsExactly("tcp 5432-5432 from 10.1.4.0/24");
        assertThat(peerbotIngress(ordersDb.group())).containsExactly("tcp 5432-5432 from 10.0.0.0/16");
    }

    @Test
    void toPicksTheAccepterGroupOverWhatTheSubnetsHold() {
        h.type(ALICE, "plan app-vpc db-vpc --ports tcp:8080 --to " + bastion.id());

        RecordedMessage plan = h.awaitEphemeral(ALICE, t -> t.contains(bastion.id()));
        assertThat(plan.allText()).contains("picked with `--to sg-…`").doesNotContain(ordersDb.id());
    }

    @Test
    void aToGroupOfTheOtherVpcOrATypoIsAnsweredPrivatelyAndNothingIsCreated() {
        String appGroup = group("web").id();
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432 --to " + appGroup + ",sg-0000000000000dead");

        RecordedMessage answer = h.awaitEphemeral(ALICE, t -> t.contains("--to"));
        assertThat(answer.allText()).contains("not one of its groups", appGroup, "the other VPC", "sg-0000000000000dead");
        assertThat(h.ec2.state().peerings()).isEmpty();
    }

    @Test
    void sourceGroupsAcrossRegionsAreRefusedWithTheReason() {
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --ports tcp:443 --source-groups");

        RecordedMessage answer = h.awaitEphemeral(ALICE, t -> t.contains("--source-groups"));
        assertThat(answer.allText()).contains("within one region only", REGION_A, REGION_B);
        assertThat(h.ec2.state().peerings()).isEmpty();
    }

    @Test
    void sourceGroupsWithinARegionAdmitTheRequestersGroupsByAccount() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432 --source-groups --subnets " + data.id());
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("is ready"));

        assertThat(ordersDb.group().ingressRules()).map(StoredSecurityGroupRule::spec)
                .filteredOn(s -> s.referencedGroupId() != null && !s.referencedGroupId().equals(ordersDb.id()))
                .extracting(RuleSpec::referencedGroupId, RuleSpec::referencedUserId)
                .contains(org.assertj.core.groups.Tuple.tuple(group("web").id(), ACCOUNT_A));
    }

    private StoredSecurityGroup group(String name) {
        return h.ec2.state().region(ACCOUNT_A, REGION_A).securityGroups().stream()
                .filter(g -> g.groupName().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> ingress(SecurityGroupSeed group) {
        return group.group().ingressRules().stream().map(r -> text(r.spec())).toList();
    }

    /** The rules peerbot added (their descriptions name the peering). */
    private static List<String> peerbotIngress(StoredSecurityGroup group) {
        return group.ingressRules().stream().filter(r -> r.description() != null
                && r.description().startsWith("peerbot")).map(r -> text(r.spec())).toList();
    }

    private static String text(RuleSpec spec) {
        return RuleSpec.normalizeProtocol(spec.ipProtocol()) + " " + spec.fromPort() + "-" + spec.toPort() + " from "
                + spec.peer();
    }
}
