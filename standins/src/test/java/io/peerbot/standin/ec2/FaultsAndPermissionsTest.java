package io.peerbot.standin.ec2;

import static io.peerbot.standin.ec2.PeeringLifecycleTest.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.seed.RouteTableSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

class FaultsAndPermissionsTest {
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "us-east-1";

    private Ec2StandIn standIn;
    private Ec2Client ec2;
    private VpcSeed app;
    private RouteTableSeed appTable;
    private String pcx;

    @BeforeEach
    void start() {
        standIn = new Ec2StandIn().start();
        var east = standIn.seed().account(ACCOUNT).region(REGION);
        app = east.vpc("app-vpc", "10.0.0.0/16");
        appTable = app.routeTable("app-rt", app.subnet("app-a", "10.0.1.0/24"));
        pcx = standIn.seed().peering(app, east.vpc("db-vpc", "10.2.0.0/16"), Status.ACTIVE).id();
        ec2 = Clients.ec2(standIn, ACCOUNT, REGION);
    }

    @AfterEach
    void stop() {
        ec2.close();
        standIn.close();
    }

    @Test
    void retriesGetThroughThirtyPercentThrottling() {
        standIn.faults().seed(42).onEveryAction().throttle(0.3);

        try (Ec2Client patient = Clients.ec2(standIn, standIn.credentialsFor(ACCOUNT).provider(), REGION,
                Clients.manyAttempts(20))) {
            for (int i = 0; i < 20; i++) {
                patient.describeVpcs();
            }
        }

        List<Call> calls = standIn.calls().of("DescribeVpcs");
        assertThat(calls.stream().filter(Call::succeeded)).hasSize(20);
        assertThat(calls.stream().filter(Call::throttled)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(503));
        assertThat(calls).hasSize(20 + (int) calls.stream().filter(Call::throttled).count());
    }

    @Test
    void aSeedRepeatsTheSameFaults() {
        List<Boolean> first = throttledPattern(7);
        List<Boolean> second = throttledPattern(7);

        assertThat(first).isEqualTo(second).contains(true, false);
    }

    private List<Boolean> throttledPattern(long seed) {
        try (Ec2StandIn fresh = new Ec2StandIn().start()) {
            fresh.faults().seed(seed).on("DescribeVpcs").throttle(0.5);
            try (Ec2Client client = Clients.ec2(fresh, ACCOUNT, REGION)) {
                for (int i = 0; i < 12; i++) {
                    try {
                        client.describeVpcs();
                    } catch (Ec2Exception expected) {
                        assertThat(Clients.errorCode(expected)).isEqualTo("RequestLimitExceeded");
                    }
                }
            }
            return fresh.calls().all().stream().map(Call::throttled).toList();
        }
    }

    @Test
    void serverErrorsAndLostResponses() {
        standIn.faults().failNext("CreateRoute", Fault.INTERNAL_ERROR_AFTER_APPLY, 1)
                .failNext("DescribeVpcs", Fault.UNAVAILABLE, 1);

        assertThatThrownBy(() -> ec2.createRoute(r -> r.routeTableId(appTable.id())
                .destinationCidrBlock("10.2.0.0/16").vpcPeeringConnectionId(pcx)))
                .isInstanceOfSatisfying(Ec2Exception.class, e -> {
                    assertThat(Clients.errorCode(e)).isEqualTo("InternalError");
                    assertThat(e.statusCode()).isEqualTo(500);
                });
        assertThat(standIn.state().routeTable(appTable.id()).route("10.2.0.0/16")).as("applied before failing")
                .isPresent();
        assertThatThrownBy(() -> ec2.describeVpcs()).isInstanceOfSatisfying(Ec2Exception.class,
                e -> assertThat(e.statusCode()).isEqualTo(503));
        assertThat(ec2.describeVpcs().vpcs()).hasSize(2);
    }

    @Test
    void latencyIsAddedToTheChosenAction() {
        standIn.faults().on("DescribeSubnets").latency(Duration.ofMillis(150));

        long start = System.nanoTime();
        ec2.describeSubnets();
        long slowMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(slowMillis).isGreaterThanOrEqualTo(150);
    }

    @Test
    void theCallLogTellsMutatingCallsApart() {
        ec2.describeRouteTables();
        int mark = standIn.calls().mark();
        ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.2.0.0/16")
                .vpcPeeringConnectionId(pcx));
        expectError(() -> ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.2.0.0/16")
                .vpcPeeringConnectionId(pcx)), "RouteAlreadyExists");
        ec2.describeRouteTables();

        List<Call> since = standIn.calls().since(mark);
        assertThat(since).extracting(Call::action, Call::mutating, Call::errorCode).containsExactly(
                tuple("CreateRoute", true, null),
                tuple("CreateRoute", true, "RouteAlreadyExists"),
                tuple("DescribeRouteTables", false, null));
        assertThat(since).allSatisfy(c -> {
            assertThat(c.account()).isEqualTo(ACCOUNT);
            assertThat(c.region()).isEqualTo(REGION);
            assertThat(c.callerArn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/peerbot");
        });
        standIn.calls().clear();
        ec2.describeVpcs();
        assertThat(standIn.calls().mutating()).isEmpty();
    }

    @Test
    void dryRunAnswersWhetherTheCallerMay() {
        expectError(() -> ec2.createRoute(r -> r.dryRun(true).routeTableId(appTable.id())
                .destinationCidrBlock("10.2.0.0/16").vpcPeeringConnectionId(pcx)), "DryRunOperation");
        assertThat(standIn.state().routeTable(appTable.id()).route("10.2.0.0/16")).isEmpty();
        assertThat(standIn.calls().all()).singleElement().satisfies(c -> {
            assertThat(c.dryRun()).isTrue();
            assertThat(c.mutating()).isFalse();
            assertThat(c.status()).isEqualTo(412);
        });

        standIn.deny(ACCOUNT, "ec2:CreateRoute");

        assertThatThrownBy(() -> ec2.createRoute(r -> r.dryRun(true).routeTableId(appTable.id())
                .destinationCidrBlock("10.2.0.0/16").vpcPeeringConnectionId(pcx)))
                .isInstanceOfSatisfying(Ec2Exception.class, e -> {
                    assertThat(Clients.errorCode(e)).isEqualTo("UnauthorizedOperation");
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .contains("is not authorized to perform: ec2:CreateRoute");
                });
        expectError(() -> ec2.createRoute(r -> r.routeTableId(appTable.id())
                .destinationCidrBlock("10.2.0.0/16").vpcPeeringConnectionId(pcx)), "UnauthorizedOperation");
        ec2.describeRouteTables();

        standIn.allow(ACCOUNT, "ec2:CreateRoute");
        ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.2.0.0/16")
                .vpcPeeringConnectionId(pcx));
    }

    @Test
    void parallelCallsAreSafe() throws Exception {
        var group = app.securityGroup("busy");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int port = 1000 + i;
                futures.add(pool.submit(() -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(group.id())
                        .ipPermissions(p -> p.ipProtocol("tcp").fromPort(port).toPort(port)
                                .ipRanges(range -> range.cidrIp("10.2.0.0/16"))))));
                futures.add(pool.submit(() -> ec2.describeSecurityGroups(r -> r.groupIds(group.id()))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(standIn.state().securityGroup(group.id()).ingressRules()).hasSize(40);
        assertThat(standIn.calls().all()).hasSize(80);
    }
}
