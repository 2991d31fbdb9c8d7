package io.peerbot.application.engine;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.adapter.aws.StandInAws.B;
import static io.peerbot.application.engine.PeeringEngineTest.ready;
import static io.peerbot.application.engine.PeeringEngineTest.ref;
import static io.peerbot.application.engine.PeeringEngineTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.application.port.CloudException;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.RuleTargets;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.Removal;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleRemoval;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.ec2.seed.RegionSeed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Open, close and teardown through the real SDK against the EC2 stand-in. */
class PeeringEngineChangesTest {
    /** Both ways, so that every change touches both sides. */
    private static final PeeringOptions POSTGRES = new PeeringOptions(
            List.of(PortRange.ICMP, PortRange.tcp(5432)), List.of(), false, true, "", new RuleTargets(List.of(), List.of(), true, false));

    private StandInAws aws;
    private PeeringEngine engine;
    private RegionSeed east;

    @BeforeEach
    void start() {
        aws = new StandInAws(new RetrySettings(10, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMillis(200)));
        engine = new PeeringEngine(aws.gateways, EngineSettings.defaults().withActiveTimeout(Duration.ofSeconds(10))
                .withCallsInFlightPerLocation(4));
        east = aws.ec2.seed().account(A).region("us-east-1");
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void aTeardownRemovesOnlyThePeeringsRoutesAndPeerbotsRulesThenDeletesItAndASecondChangesNothing() {
        SeededVpc app = SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 3, 2);
        SeededVpc db = SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 3, 2);
        String igw = app.vpc.internetGateway();
        app.vpc.mainRouteTable().route("0.0.0.0/0", igw);
        db.groups.get(0).ingress("tcp", 22, 22, "10.0.0.0/16", "ssh from app, see the peering");
        ManagedPeering request = applied(POSTGRES);
        String pcx = request.id().value();
        int rulesBefore = allRules().size();
        RecordingChanges listener = new RecordingChanges();

        ChangePlan preview = EngineRuns.plan(engine, aws.gateways, request, ChangeKind.DELETE, List.of());
        Removal removal = EngineRuns.change(engine, aws.gateways, request, ChangeKind.DELETE, List.of(), listener).removal();

        assertThat(preview.removal()).isEqualTo(removal);
        assertThat(removal.routeCount()).isEqualTo(6);
        assertThat(removal.ruleCount()).isEqualTo(8);
        assertThat(aws.ec2.state().peering(pcx).status()).isEqualTo(Status.DELETED);
        assertThat(tablesRoutingVia(pcx)).isEmpty();
        assertThat(allRules()).hasSize(rulesBefore - 8).noneMatch(r -> pcx.equals(r.tags().asMap().get("peerbot:pcx")));
        assertThat(allRules()).anyMatch(r -> "ssh from app, see the peering".equals(r.spec().description()));
        assertThat(aws.ec2.state().routeTable(app.vpc.mainRouteTable().id()).route("0.0.0.0/0")).isPresent();
        assertThat(listener.steps).containsExactly("3 routes removed on requester", "3 routes removed on accepter",
                "4 rules revoked on requester", "4 rules revoked on accepter", "deleted (was active)");
        assertThat(listener.revoked.get(Side.ACCEPTER)).extracting(RuleRemoval::groupId)
                .containsOnly(db.groups.get(0).id(), db.groups.get(1).id());

        int mark = aws.ec2.calls().mark();
        RecordingChanges again = new RecordingChanges();
        assertThat(EngineRuns.change(engine, aws.gateways, request, ChangeKind.DELETE, List.of(), again).removal().isEmpty()).isTrue();
        assertThat(aws.ec2.calls().since(mark)).filteredOn(Call::mutating).isEmpty();
        assertThat(again.steps).containsExactly("0 routes removed on requester", "0 routes removed on accepter",
                "0 rules revoked on requester", "0 rules revoked on accepter", "deleted (was deleted)");
    }

    @Test
    void aTeardownThatFailsPartWayKeepsThePeeringAndARunAfterTheFixFinishesIt() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 3, 2);
        SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 3, 2);
        ManagedPeering request = applied(POSTGRES);
        String pcx = request.id().value();
        aws.ec2.deny(A, "ec2:RevokeSecurityGroupIngress");

        RecordingChanges failed = new RecordingChanges();
        assertThatThrownBy(() -> EngineRuns.change(engine, aws.gateways, request, ChangeKind.DELETE, List.of(), failed))
                .isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.action()).isEqualTo("RevokeSecurityGroupIngress"));
        assertThat(failed.steps).containsExactly("3 routes removed on requester", "3 routes removed on accepter");
        assertThat(tablesRoutingVia(pcx)).isEmpty();
        assertThat(aws.ec2.state().peering(pcx).status()).as("kept for the next run").isEqualTo(Status.ACTIVE);

        aws.ec2.allow(A, "ec2:RevokeSecurityGroupIngress");
        int mark = aws.ec2.calls().mark();
        Removal finished = EngineRuns.change(engine, aws.gateways, request, ChangeKind.DELETE, List.of(), new RecordingListener()).removal();

        assertThat(finished.routeCount()).isZero();
        assertThat(finished.ruleCount()).isEqualTo(8);
        assertThat(aws.ec2.calls().since(mark)).filteredOn(Call::mutating).extracting(Call::action)
                .containsOnly("RevokeSecurityGroupIngress", "DeleteVpcPeeringConnection")
                .filteredOn("RevokeSecurityGroupIngress"::equals).as("one call per group").hasSize(4);
        assertThat(aws.ec2.state().peering(pcx).status()).isEqualTo(Status.DELETED);
    }

    @Test
    void aTeardownAcrossAccountsActsOnEachSideInItsOwnAccount() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 2, 1);
        SeededVpc.seed(aws.ec2.seed().account(B).region("eu-west-1"), "billing", "10.8.0.0/16", 2, 1);
        Proposal proposal = ready(engine.prepare(ref("app-vpc"),
                new VpcRef(Optional.of(B), Optional.of("eu-west-1"), "billing"), POSTGRES));
        String pcx = EngineRuns.create(aws.gateways, proposal, Map.of());
        ManagedPeering request = request(pcx, proposal, POSTGRES);
        EngineRuns.apply(engine, aws.gateways, request, new RecordingListener());
        int mark = aws.ec2.calls().mark();

        EngineRuns.change(engine, aws.gateways, request, ChangeKind.DELETE, List.of(), new RecordingListener()).removal();

        assertThat(aws.ec2.calls().since(mark)).filteredOn(Call::mutating)
                .filteredOn(c -> c.action().equals("DeleteRoute") || c.action().equals("RevokeSecurityGroupIngress"))
                .extracting(Call::account).contains(A, B);
        assertThat(aws.ec2.calls().since(mark)).filteredOn(c -> c.action().equals("DeleteVpcPeeringConnection"))
                .singleElement().satisfies(c -> assertThat(c.account()).isEqualTo(A));
        assertThat(aws.ec2.state().peering(pcx).status()).isEqualTo(Status.DELETED);
        assertThat(aws.ec2.state().regions().stream().flatMap(r -> r.routeTables().stream())
                .flatMap(t -> t.routes().stream())).noneMatch(r -> pcx.equals(r.vpcPeeringConnectionId()));
    }

    @Test
    void aTeardownOfManyRoutesStaysWithinTheBound() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 10, 4);
        SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 10, 4);
        ManagedPeering request = applied(PeeringOptions.defaults());
        aws.ec2.faults().on("DeleteRoute").latency(Duration.ofMillis(20)).maxInFlight(4);
        aws.ec2.faults().on("RevokeSecurityGroupIngress").latency(Duration.ofMillis(20)).maxInFlight(4);

        Removal removal = EngineRuns.change(engine, aws.gateways, request, ChangeKind.DELETE, List.of(), new RecordingListener()).removal();

        assertThat(removal.routeCount()).isEqualTo(20);
        assertThat(aws.ec2.calls().of("DeleteRoute")).hasSize(20).noneMatch(Call::throttled);
        assertThat(aws.ec2.calls().of("RevokeSecurityGroupIngress")).hasSize(8).noneMatch(Call::throttled);
    }

    @Test
    void openAddsRulesForTheNewPortsOnBothSidesAndCloseRevokesOnlyThose() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 3, 2);
        SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 3, 2);
        ManagedPeering request = applied(POSTGRES);
        String pcx = request.id().value();
        List<String> before = peerbotRuleIds(pcx);
        List<PortRange> redis = PortList.parse("tcp:6379");

        RecordingChanges opened = new RecordingChanges();
        Plan plan = EngineRuns.change(engine, aws.gateways, request, ChangeKind.OPEN, redis, opened).additions();

        assertThat(plan.ruleCount()).isEqualTo(4);
        assertThat(opened.steps).containsExactly("2 rules added on requester", "2 rules added on accepter");
        assertThat(peerbotRuleIds(pcx)).hasSize(before.size() + 4).containsAll(before);
        int mark = aws.ec2.calls().mark();
        EngineRuns.change(engine, aws.gateways, request, ChangeKind.OPEN, redis, new RecordingListener()).additions();
        assertThat(aws.ec2.calls().since(mark)).as("a second open adds nothing").filteredOn(Call::mutating).isEmpty();

        Removal closed = EngineRuns.change(engine, aws.gateways, request, ChangeKind.CLOSE, redis, new RecordingChanges()).removal();

        assertThat(closed.ruleCount()).isEqualTo(4);
        assertThat(closed.requester().rules()).allMatch(r -> r.ports().equals(PortRange.tcp(6379)));
        assertThat(peerbotRuleIds(pcx)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(tablesRoutingVia(pcx)).hasSize(6);
    }

    private ManagedPeering applied(PeeringOptions options) {
        Proposal proposal = ready(engine.prepare(ref("app-vpc"), ref("db-vpc"), options));
        String pcx = EngineRuns.create(aws.gateways, proposal, Map.of());
        ManagedPeering request = request(pcx, proposal, options);
        EngineRuns.apply(engine, aws.gateways, request, new RecordingListener());
        return request;
    }

    private List<String> tablesRoutingVia(String pcx) {
        return aws.ec2.state().region(A, "us-east-1").routeTables().stream()
                .filter(t -> t.routes().stream().anyMatch(r -> pcx.equals(r.vpcPeeringConnectionId())))
                .map(StoredRouteTable::id).toList();
    }

    private List<StoredSecurityGroupRule> allRules() {
        return aws.ec2.state().region(A, "us-east-1").securityGroups().stream().map(StoredSecurityGroup::ingressRules)
                .flatMap(List::stream).toList();
    }

    private List<String> peerbotRuleIds(String pcx) {
        return allRules().stream().filter(r -> pcx.equals(r.tags().asMap().get("peerbot:pcx")))
                .map(StoredSecurityGroupRule::id).toList();
    }

    /** Keeps what a change reported, one line per step. */
    static final class RecordingChanges implements StepListener {
        @Override
        public void accepted(String pcxId, io.peerbot.domain.network.Location accepter) {
        }

        @Override
        public void active(String pcxId) {
        }

        @Override
        public void routesAdded(Side side, List<RouteChange> routes) {
        }

        @Override
        public void dnsResolutionAllowed(Side side) {
        }

        final List<String> steps = new ArrayList<>();
        final Map<Side, List<RuleRemoval>> revoked = new EnumMap<>(Side.class);

        @Override
        public synchronized void rulesAdded(Side side, Map<String, String> ruleIdsByDescription) {
            steps.add(ruleIdsByDescription.size() + " rules added on " + side.label());
        }

        @Override
        public synchronized void rulesRevoked(Side side, List<RuleRemoval> rules) {
            revoked.put(side, rules);
            steps.add(rules.size() + " rules revoked on " + side.label());
        }

        @Override
        public synchronized void routesRemoved(Side side, List<RouteChange> routes) {
            steps.add(routes.size() + " routes removed on " + side.label());
        }

        @Override
        public synchronized void peeringDeleted(String pcxId, String statusBefore) {
            steps.add("deleted (was " + statusBefore + ")");
        }
    }
}
