package io.peerbot.application.engine;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.adapter.aws.StandInAws.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.application.port.CloudException;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.RuleTargets;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.validation.Rejection;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.ec2.model.World;
import io.peerbot.standin.ec2.seed.RegionSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine through the real SDK against the EC2 stand-in: prepare, create, apply, re-apply, reject. */
class PeeringEngineTest {
    private static final Location EAST = new Location(A, "us-east-1");
    private static final Location WEST = new Location(B, "eu-west-1");
    /** Both ways, so that every step touches both sides. */
    private static final PeeringOptions POSTGRES = new PeeringOptions(
            List.of(PortRange.ICMP, PortRange.tcp(5432)), List.of(), false, true, "reports", new RuleTargets(List.of(), List.of(), true, false));

    private StandInAws aws;
    private PeeringEngine engine;
    private RegionSeed east;

    @BeforeEach
    void start() {
        aws = new StandInAws();
        engine = new PeeringEngine(aws.gateways, EngineSettings.defaults().withActiveTimeout(Duration.ofSeconds(10)));
        east = aws.ec2.seed().account(A).region("us-east-1");
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void appliesEveryPlannedRouteAndRuleThenASecondApplyChangesNothing() {
        SeededVpc app = SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 3, 2);
        SeededVpc db = SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 3, 2);

        Proposal proposal = ready(engine.prepare(ref("app-vpc"), ref("db-vpc"), POSTGRES));
        assertThat(proposal.plan().routeCount()).isEqualTo(6);
        assertThat(proposal.plan().ruleCount()).isEqualTo(8);
        String pcx = EngineRuns.create(aws.gateways, proposal, Map.of("peerbot:requested-by", "U1"));
        assertThat(aws.ec2.state().peering(pcx).status()).isEqualTo(Status.PENDING_ACCEPTANCE);
        assertThat(aws.ec2.state().peering(pcx).tags()).containsEntry("peerbot:managed", "true");

        RecordingListener listener = new RecordingListener();
        Plan applied = EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, POSTGRES), listener);

        assertThat(aws.ec2.state().peering(pcx).status()).isEqualTo(Status.ACTIVE);
        assertThat(applied).isEqualTo(proposal.plan());
        assertInPlace(applied, pcx);
        assertThat(listener.steps).containsExactly("accepted in " + EAST, "active", "3 routes on requester",
                "3 routes on accepter", "4 rules on requester", "4 rules on accepter");
        assertThat(listener.rules.get(Side.ACCEPTER)).containsKey(db.groups.get(0).id() + ": tcp:5432 from 10.0.0.0/16")
                .allSatisfy((rule, id) -> assertThat(id).startsWith("sgr-"));

        int mark = aws.ec2.calls().mark();
        RecordingListener again = new RecordingListener();
        assertThat(EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, POSTGRES), again)).isEqualTo(applied);

        assertThat(aws.ec2.calls().since(mark)).filteredOn(Call::mutating).isEmpty();
        assertThat(again.rules).isEqualTo(listener.rules);
        assertThat(app.vpc.id()).isNotEqualTo(db.vpc.id());
    }

    @Test
    void convergesWhenACallInThreeIsThrottledAndSomeFailWithServerErrors() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 3, 2);
        SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 3, 2);
        aws.ec2.faults().seed(42).onEveryAction().throttle(0.3).serverErrors(0.05);

        Proposal proposal = ready(engine.prepare(ref("app-vpc"), ref("db-vpc"), POSTGRES));
        String pcx = EngineRuns.create(aws.gateways, proposal, Map.of("peerbot:requested-by", "U1"));
        Plan applied = EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, POSTGRES), new RecordingListener());

        assertThat(aws.ec2.calls().all()).filteredOn(Call::throttled).hasSizeGreaterThan(10);
        assertThat(aws.ec2.calls().all()).anyMatch(c -> c.status() >= 500 && !c.throttled());
        assertThat(aws.ec2.state().peerings()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(pcx);
            assertThat(p.status()).isEqualTo(Status.ACTIVE);
        });
        assertInPlace(applied, pcx);
    }

    @Test
    void peersAcrossAccountsAndRegionsAcceptingInTheAccepterAccountThroughItsRole() {
        SeededVpc app = SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 3, 2);
        app.vpc.ipv6("2600:1f18:aaaa:bb00::/56");
        SeededVpc billing = SeededVpc.seed(aws.ec2.seed().account(B).region("eu-west-1"), "billing", "10.8.0.0/16",
                2, 1);
        billing.vpc.ipv6("2a05:d018:cccc:dd00::/56");
        PeeringOptions options = new PeeringOptions(List.of(PortRange.ICMP, PortRange.tcp(443)), List.of(), true,
                true, "");

        Proposal proposal = ready(engine.prepare(ref("app-vpc"),
                new VpcRef(Optional.of(B), Optional.of("eu-west-1"), "billing"), options));
        assertThat(proposal.accepter().location()).isEqualTo(WEST);
        aws.ec2.settings().initiatingPolls(2).provisioningPolls(3);
        String pcx = EngineRuns.create(aws.gateways, proposal, Map.of("peerbot:requested-by", "U1"));
        RecordingListener listener = new RecordingListener();
        Plan applied = EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, options), listener);

        assertThat(aws.ec2.calls().of("AcceptVpcPeeringConnection")).last().satisfies(c -> {
            assertThat(c.account()).isEqualTo(B);
            assertThat(c.region()).isEqualTo("eu-west-1");
            assertThat(c.callerArn()).contains(":assumed-role/peerbot/");
        });
        assertThat(aws.ec2.calls().of("CreateVpcPeeringConnection")).filteredOn(c -> !c.dryRun()).singleElement()
                .satisfies(c -> assertThat(c.account() + ":" + c.region()).isEqualTo(EAST.toString()));
        assertThat(applied.side(Side.REQUESTER).routes()).extracting(r -> r.destination().toString())
                .contains("10.8.0.0/16", "2a05:d018:cccc:dd00::/56");
        assertInPlace(applied, pcx);
        assertThat(aws.ec2.state().peering(pcx).requesterAllowsDnsResolutionFromRemoteVpc()).isTrue();
        assertThat(aws.ec2.state().peering(pcx).accepterAllowsDnsResolutionFromRemoteVpc()).isTrue();
        assertThat(listener.steps).startsWith("accepted in " + WEST, "active")
                .endsWith("dns on requester", "dns on accepter");

        int mark = aws.ec2.calls().mark();
        EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, options), new RecordingListener());
        assertThat(aws.ec2.calls().since(mark)).filteredOn(Call::mutating).isEmpty();
    }

    @Test
    void picksUpAfterAFailedApplyAndConverges() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 3, 2);
        SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 3, 2);
        Proposal proposal = ready(engine.prepare(ref("app-vpc"), ref("db-vpc"), POSTGRES));
        String pcx = EngineRuns.create(aws.gateways, proposal, Map.of());
        aws.ec2.deny(A, "ec2:AuthorizeSecurityGroupIngress");

        RecordingListener failed = new RecordingListener();
        assertThatThrownBy(() -> EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, POSTGRES), failed))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.action()).isEqualTo("AuthorizeSecurityGroupIngress");
                    assertThat(e.permissionDenied()).isTrue();
                });
        assertThat(failed.steps).contains("3 routes on requester", "3 routes on accepter")
                .noneMatch(s -> s.contains("rules"));

        aws.ec2.allow(A, "ec2:AuthorizeSecurityGroupIngress");
        int mark = aws.ec2.calls().mark();
        Plan applied = EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, POSTGRES), new RecordingListener());

        assertInPlace(applied, pcx);
        assertThat(aws.ec2.calls().since(mark)).as("one call per group").filteredOn(Call::mutating)
                .extracting(Call::action)
                .containsOnly("AuthorizeSecurityGroupIngress").hasSize(4);
    }

    @Test
    void rulesDoNotWaitForRoutesSoARouteRefusedLeavesTheRulesInPlaceAndTheNextApplyAddsOnlyRoutes() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 3, 2);
        SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 3, 2);
        Proposal proposal = ready(engine.prepare(ref("app-vpc"), ref("db-vpc"), POSTGRES));
        String pcx = EngineRuns.create(aws.gateways, proposal, Map.of());
        aws.ec2.deny(A, "ec2:CreateRoute");

        RecordingListener failed = new RecordingListener();
        assertThatThrownBy(() -> EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, POSTGRES), failed))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.action()).isEqualTo("CreateRoute"));
        assertThat(failed.steps).contains("4 rules on requester", "4 rules on accepter")
                .noneMatch(s -> s.contains("routes"));
        assertThat(aws.ec2.calls().of("AuthorizeSecurityGroupIngress")).hasSize(4).allMatch(Call::succeeded);

        aws.ec2.allow(A, "ec2:CreateRoute");
        int mark = aws.ec2.calls().mark();
        Plan applied = EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, POSTGRES), new RecordingListener());

        assertInPlace(applied, pcx);
        assertThat(aws.ec2.calls().since(mark)).filteredOn(Call::mutating).extracting(Call::action)
                .containsOnly("CreateRoute").hasSize(6);
    }

    @Test
    void refusesAnUnknownVpcNamingCandidatesAndCreatesNothing() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 1, 1);
        SeededVpc.seed(east, "billing-prod", "10.2.0.0/16", 1, 1);

        List<Rejection> reasons = refused(engine.prepare(ref("app-vpc"), ref("billing"), POSTGRES));

        assertThat(reasons).singleElement().isInstanceOfSatisfying(Rejection.UnknownVpc.class, r -> {
            assertThat(r.reference()).isEqualTo("billing");
            assertThat(r.candidates().get(0).name()).contains("billing-prod");
        });
        assertThat(aws.mutatingEc2Calls()).isEmpty();
    }

    @Test
    void refusesAnAmbiguousNameAndCreatesNothing() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 1, 1);
        SeededVpc.seed(east, "shared", "10.2.0.0/16", 1, 1);
        SeededVpc.seed(east, "shared", "10.3.0.0/16", 1, 1);

        assertThat(refused(engine.prepare(ref("app-vpc"), ref("shared"), POSTGRES))).singleElement()
                .isInstanceOfSatisfying(Rejection.AmbiguousVpc.class, r -> assertThat(r.matches()).hasSize(2));
        assertThat(aws.mutatingEc2Calls()).isEmpty();
    }

    @Test
    void refusesOverlappingBlocksAndCreatesNothing() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 1, 1);
        east.vpc("overlapping", "10.0.128.0/17");

        assertThat(refused(engine.prepare(ref("app-vpc"), ref("overlapping"), POSTGRES)))
                .anyMatch(Rejection.OverlappingCidrs.class::isInstance);
        assertThat(aws.mutatingEc2Calls()).isEmpty();
    }

    @Test
    void refusesAnExistingPeeringAndCreatesNothing() {
        SeededVpc app = SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 1, 1);
        SeededVpc db = SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 1, 1);
        String existing = aws.ec2.seed().peering(db.vpc, app.vpc, Status.ACTIVE).id();

        assertThat(refused(engine.prepare(ref("app-vpc"), ref("db-vpc"), POSTGRES)))
                .anySatisfy(r -> assertThat(r).isInstanceOfSatisfying(Rejection.ExistingPeering.class,
                        e -> assertThat(e.pcxId()).isEqualTo(existing)));
        assertThat(aws.mutatingEc2Calls()).isEmpty();
    }

    @Test
    void refusesWhatThePermissionsForbidNamingTheAction() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 1, 1);
        SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 1, 1);
        aws.ec2.deny(A, "ec2:DescribeRouteTables");

        assertThat(refused(engine.prepare(ref("app-vpc"), ref("db-vpc"), POSTGRES)))
                .containsExactly(new Rejection.MissingPermission("DescribeRouteTables", EAST.toString()));
    }

    @Test
    void rejectsAPendingPeeringInTheAccepterAccountAndDeletesOneAcceptedMeanwhile() {
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 1, 1);
        SeededVpc.seed(aws.ec2.seed().account(B).region("eu-west-1"), "billing", "10.8.0.0/16", 1, 1);
        VpcRef billing = new VpcRef(Optional.of(B), Optional.of("eu-west-1"), "billing");
        Proposal proposal = ready(engine.prepare(ref("app-vpc"), billing, POSTGRES));
        String pending = EngineRuns.create(aws.gateways, proposal, Map.of());

        engine.reject(request(pending, proposal, POSTGRES));
        engine.reject(request(pending, proposal, POSTGRES));

        assertThat(aws.ec2.state().peering(pending).status()).isEqualTo(Status.REJECTED);
        assertThat(aws.ec2.calls().of("RejectVpcPeeringConnection")).singleElement()
                .satisfies(c -> assertThat(c.account() + ":" + c.region()).isEqualTo(WEST.toString()));

        String accepted = EngineRuns.create(aws.gateways, ready(engine.prepare(ref("app-vpc"), billing, POSTGRES)), Map.of());
        EngineRuns.apply(engine, aws.gateways, request(accepted, proposal, POSTGRES), new RecordingListener());
        engine.reject(request(accepted, proposal, POSTGRES));
        assertThat(aws.ec2.state().peering(accepted).status()).isEqualTo(Status.DELETED);
    }

    private void assertInPlace(Plan plan, String pcx) {
        World world = aws.ec2.state();
        for (Side side : List.of(Side.REQUESTER, Side.ACCEPTER)) {
            for (RouteChange route : plan.side(side).routes()) {
                assertThat(world.routeTable(route.routeTableId()).route(route.destination().toString()))
                        .as("route %s in %s", route.destination(), route.routeTableId()).get()
                        .satisfies(r -> assertThat(r.target()).isEqualTo(pcx))
                        .satisfies(r -> assertThat(r.state()).isEqualTo("active"));
            }
            for (RuleChange rule : plan.side(side).rules()) {
                assertThat(world.securityGroup(rule.groupId()).ingressRules())
                        .as("rule %s", RuleLabels.key(rule))
                        .filteredOn(r -> matches(r, rule)).singleElement()
                        .satisfies(r -> assertThat(r.description()).isEqualTo("peerbot " + pcx))
                        .satisfies(r -> assertThat(r.tags().asMap()).containsEntry("peerbot:pcx", pcx));
            }
        }
    }

    private static boolean matches(StoredSecurityGroupRule rule, RuleChange change) {
        var spec = rule.spec();
        String source = change.source().toString();
        boolean ports = change.ports().protocol() == io.peerbot.domain.traffic.Protocol.ICMP
                ? spec.ipProtocol().startsWith("icmp")
                : spec.ipProtocol().equals(change.ports().protocol().label())
                        && spec.fromPort() == change.ports().from() && spec.toPort() == change.ports().to();
        return ports && (source.equals(spec.cidrIpv4()) || source.equals(spec.cidrIpv6()));
    }

    static Proposal ready(Preparation preparation) {
        assertThat(preparation).isInstanceOf(Preparation.Ready.class);
        return ((Preparation.Ready) preparation).proposal();
    }

    static List<Rejection> refused(Preparation preparation) {
        assertThat(preparation).isInstanceOf(Preparation.Refused.class);
        return ((Preparation.Refused) preparation).reasons();
    }

    static VpcRef ref(String nameOrId) {
        return new VpcRef(Optional.empty(), Optional.empty(), nameOrId);
    }

    static ManagedPeering request(String pcx, Proposal proposal, PeeringOptions options) {
        return EngineRuns.peering(pcx, proposal, options);
    }

    private static PeeringSide side(VpcSnapshot vpc) {
        return new PeeringSide(vpc.id(), vpc.location(), vpc.cidrBlocks());
    }
}
