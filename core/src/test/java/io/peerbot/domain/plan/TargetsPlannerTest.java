package io.peerbot.domain.plan;

import static io.peerbot.domain.Vpcs.groupRule;
import static io.peerbot.domain.Vpcs.rule;
import static io.peerbot.domain.Vpcs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.GroupRef;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.Service;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.RuleTargets;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which groups get rules and from what: the interfaces' groups (a database, not the bastion next to it), one way by
 * default, {@code --both-ways}, {@code --to}/{@code --from}, narrowed sources and {@code --source-groups}.
 */
class TargetsPlannerTest {
    private static final Location SAME_REGION = new Location("222233334444", Vpcs.HERE.region());
    private static final PortRange POSTGRES = PortRange.tcp(5432);

    /** orders: an app server in one subnet, a worker in another. */
    private static Vpcs.Builder orders() {
        return vpc("vpc-0aaa0001").name("orders").cidr("10.0.0.0/16")
                .subnet("subnet-0aaa0001", "10.0.1.0/24").subnet("subnet-0aaa0002", "10.0.2.0/24")
                .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001")
                .instance("i-0aaa0002", "subnet-0aaa0002", "sg-0aaa0002");
    }

    /**
     * billing: an RDS database and a bastion instance in the same subnet; the database's group admits Postgres from
     * the billing app's group, the bastion's admits ssh.
     */
    private static Vpcs.Builder billing(Location where) {
        return vpc("vpc-0bbb0002").name("billing").cidr("10.20.0.0/16").in(where)
                .subnet("subnet-0bbb0001", "10.20.1.0/24")
                .group("sg-0bbb00db", groupRule("tcp:5432", "sg-0bbb00ap"))
                .group("sg-0bbb00b5", rule("tcp:22", "10.20.0.0/16"))
                .rds("eni-0bbb00db", "subnet-0bbb0001", "billing-prod", "sg-0bbb00db")
                .instance("i-0bbb00b5", "subnet-0bbb0001", "sg-0bbb00b5");
    }

    private static PeeringOptions ask(String ports, RuleTargets targets, String... subnets) {
        return new PeeringOptions(PortList.parse(ports), List.of(subnets), false, true, "", targets);
    }

    private static List<String> rules(SidePlan side) {
        return side.rules().stream().map(r -> r.groupId() + " " + r.ports() + " from " + r.sourceText()).toList();
    }

    @Test
    void theDatabaseInterfacesGroupGetsThePortAndTheBastionNextToItOnlyIcmp() {
        Plan plan = new Planner().plan(orders().build(), billing(Vpcs.THERE).build(),
                ask("tcp:5432,icmp", RuleTargets.DEFAULT));

        assertThat(rules(plan.accepter())).containsExactlyInAnyOrder(
                "sg-0bbb00db tcp:5432 from 10.0.0.0/16",
                "sg-0bbb00b5 icmp from 10.0.0.0/16",
                "sg-0bbb00db icmp from 10.0.0.0/16");
        assertThat(plan.accepter().targets()).filteredOn(t -> t.groupId().equals("sg-0bbb00db")).singleElement()
                .satisfies(t -> {
                    assertThat(t.why()).isEqualTo(GroupTarget.Why.SERVES_PORT);
                    assertThat(t.serves()).containsExactly(new Service(Service.Kind.RDS, "billing-prod"));
                });
        assertThat(plan.accepter().targets()).filteredOn(t -> t.groupId().equals("sg-0bbb00b5")).singleElement()
                .satisfies(t -> assertThat(t.serves()).containsExactly(
                        new Service(Service.Kind.INSTANCE, "i-0bbb00b5")));
    }

    @Test
    void oneWayByDefaultTheRequesterOpensNothingButIcmp() {
        Plan tcpOnly = new Planner().plan(orders().build(), billing(Vpcs.THERE).build(),
                ask("tcp:5432", RuleTargets.DEFAULT));
        Plan withPing = new Planner().plan(orders().build(), billing(Vpcs.THERE).build(),
                ask("tcp:5432,icmp", RuleTargets.DEFAULT));

        assertThat(tcpOnly.requester().rules()).isEmpty();
        assertThat(tcpOnly.requester().routes()).isNotEmpty();
        assertThat(rules(withPing.requester())).containsExactly(
                "sg-0aaa0001 icmp from 10.20.0.0/16", "sg-0aaa0002 icmp from 10.20.0.0/16");
    }

    @Test
    void bothWaysAddsTheMirrorRulesOnTheRequestersGroups() {
        Plan plan = new Planner().plan(orders().build(), billing(Vpcs.THERE).build(),
                ask("tcp:5432", new RuleTargets(List.of(), List.of(), true, false)));

        assertThat(rules(plan.requester())).containsExactly(
                "sg-0aaa0001 tcp:5432 from 10.20.0.0/16", "sg-0aaa0002 tcp:5432 from 10.20.0.0/16");
        assertThat(rules(plan.accepter())).containsExactly("sg-0bbb00db tcp:5432 from 10.0.0.0/16");
    }

    @Test
    void subnetsNarrowTheSourcesToThoseSubnetsBlocks() {
        Plan plan = new Planner().plan(orders().build(), billing(Vpcs.THERE).build(),
                ask("tcp:5432", RuleTargets.DEFAULT, "subnet-0aaa0002"));

        assertThat(rules(plan.accepter())).containsExactly("sg-0bbb00db tcp:5432 from 10.0.2.0/24");
    }

    @Test
    void toAndFromPickTheGroupsOverWhatTheSubnetsHold() {
        Plan plan = new Planner().plan(orders().build(), billing(Vpcs.THERE).build(),
                ask("tcp:8080", new RuleTargets(List.of("sg-0bbb00b5"), List.of("sg-0aaa0002"), true, false)));

        assertThat(rules(plan.accepter())).containsExactly("sg-0bbb00b5 tcp:8080 from 10.0.0.0/16");
        assertThat(rules(plan.requester())).containsExactly("sg-0aaa0002 tcp:8080 from 10.20.0.0/16");
        assertThat(plan.accepter().targets()).extracting(GroupTarget::why).containsExactly(GroupTarget.Why.PICKED);
    }

    @Test
    void aPortNoGroupServesYetGoesToEveryGroupInTheSubnetsAndTheCardSaysSo() {
        Plan plan = new Planner().plan(orders().build(), billing(Vpcs.THERE).build(),
                ask("tcp:9000", RuleTargets.DEFAULT));

        assertThat(plan.accepter().targets()).extracting(GroupTarget::groupId, GroupTarget::why).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sg-0bbb00b5", GroupTarget.Why.IN_SUBNETS),
                org.assertj.core.groups.Tuple.tuple("sg-0bbb00db", GroupTarget.Why.IN_SUBNETS));
    }

    @Test
    void sourceGroupsReferenceTheRequestersGroupsByAccountWithinOneRegion() {
        VpcSnapshot billing = billing(SAME_REGION).build();

        Plan plan = new Planner().plan(orders().build(), billing,
                ask("tcp:5432", new RuleTargets(List.of(), List.of(), false, true), "subnet-0aaa0001"));

        assertThat(plan.accepter().rules()).containsExactly(
                new RuleChange("sg-0bbb00db", POSTGRES, new GroupRef(Vpcs.HERE.account(), "sg-0aaa0001")));
    }

    @Test
    void theDigestCoversTheDirectionAndTheSources() {
        VpcSnapshot orders = orders().build();
        VpcSnapshot billing = billing(SAME_REGION).build();
        Planner planner = new Planner();

        PlanDigest oneWay = PlanDigest.of(planner.plan(orders, billing, ask("tcp:5432", RuleTargets.DEFAULT)));
        PlanDigest bothWays = PlanDigest.of(planner.plan(orders, billing,
                ask("tcp:5432", new RuleTargets(List.of(), List.of(), true, false))));
        PlanDigest groups = PlanDigest.of(planner.plan(orders, billing,
                ask("tcp:5432", new RuleTargets(List.of(), List.of(), false, true))));

        assertThat(List.of(oneWay, bothWays, groups)).doesNotHaveDuplicates();
    }

    @Test
    void aPickedGroupGoneSinceTheRequestIsNotedAndGetsNothing() {
        Plan plan = new Planner().plan(orders().build(), billing(Vpcs.THERE).build(),
                ask("tcp:5432", new RuleTargets(List.of("sg-0bbb0fff"), List.of(), false, false)));

        assertThat(plan.accepter().rules()).isEmpty();
        assertThat(plan.accepter().notes()).contains(new PlanNote.PickedGroupsGone("vpc-0bbb0002",
                List.of("sg-0bbb0fff")));
    }

    @Test
    void servicesAreReadFromWhatEc2SaysOfTheInterface() {
        VpcSnapshot vpc = vpc("vpc-0ccc0003").cidr("10.30.0.0/16").subnet("subnet-0ccc0001", "10.30.1.0/24")
                .managedInterface("eni-0ccc0001", "subnet-0ccc0001", "lambda", "AROAEXAMPLE:eni-lambda",
                        "AWS Lambda VPC ENI-invoice-mailer-8e9f2c4b-1a2b-4c3d-9e8f-0a1b2c3d4e5f", Map.of(), "sg-0ccc0001")
                .managedInterface("eni-0ccc0002", "subnet-0ccc0001", "interface", "amazon-elb",
                        "ELB app/billing-api/50dc6c495c0c9188", Map.of(), "sg-0ccc0002")
                .managedInterface("eni-0ccc0003", "subnet-0ccc0001", "vpc_endpoint", "AROAEXAMPLE:vpce",
                        "VPC Endpoint Interface vpce-0a1b2c3d4e5f60718", Map.of(), "sg-0ccc0003")
                .build();

        assertThat(vpc.networkInterfaces()).extracting(i -> i.service()).containsExactly(
                new Service(Service.Kind.LAMBDA, "invoice-mailer"),
                new Service(Service.Kind.LOAD_BALANCER, "billing-api"),
                new Service(Service.Kind.VPC_ENDPOINT, "vpce-0a1b2c3d4e5f60718"));
    }
}
