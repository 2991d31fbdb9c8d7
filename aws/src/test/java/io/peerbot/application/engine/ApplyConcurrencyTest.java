package io.peerbot.application.engine;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.application.engine.PeeringEngineTest.ready;
import static io.peerbot.application.engine.PeeringEngineTest.ref;
import static io.peerbot.application.engine.PeeringEngineTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.plan.Plan;
import io.peerbot.standin.ec2.Call;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routes and rules go out in parallel but never more than the bound at once in one account and region:
 * the stand-in throttles calls beyond an in-flight limit, as EC2 throttles bursts.
 */
class ApplyConcurrencyTest {
    private static final Duration SLOW = Duration.ofMillis(20);

    private StandInAws aws;
    private PeeringEngine engine;
    private Proposal proposal;
    private String pcx;

    @BeforeEach
    void tenRouteTablesEachSide() {
        // Throttling backoff from 100 ms up to 1 s, as production's starts at the length of a call or more: a call
        // throttled behind three slow ones must not use up its attempts while they are still in flight.
        aws = new StandInAws(new RetrySettings(10, Duration.ofMillis(5), Duration.ofMillis(100), Duration.ofSeconds(1)));
        var east = aws.ec2.seed().account(A).region("us-east-1");
        SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 10, 4);
        SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 10, 4);
        engine = new PeeringEngine(aws.gateways, EngineSettings.defaults().withCallsInFlightPerLocation(4));
        proposal = ready(engine.prepare(ref("app-vpc"), ref("db-vpc"), PeeringOptions.defaults()));
        pcx = EngineRuns.create(aws.gateways, proposal, Map.of());
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void neverHasMoreCallsInFlightThanTheBound() {
        aws.ec2.faults().on("CreateRoute").latency(SLOW).maxInFlight(4);
        aws.ec2.faults().on("AuthorizeSecurityGroupIngress").latency(SLOW).maxInFlight(4);

        Plan applied = EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, PeeringOptions.defaults()), new RecordingListener());

        assertThat(applied.routeCount()).isEqualTo(20);
        assertThat(aws.ec2.calls().of("CreateRoute")).hasSize(20).noneMatch(Call::throttled);
        assertThat(aws.ec2.calls().of("AuthorizeSecurityGroupIngress")).hasSize(8).noneMatch(Call::throttled);
    }

    @Test
    void runsFourCallsSideBySideAndConvergesWhenEc2AllowsOnlyThree() {
        // Long enough that four calls sent together are surely in flight together, even on a busy machine.
        aws.ec2.faults().on("CreateRoute").latency(Duration.ofMillis(100)).maxInFlight(3);

        EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, PeeringOptions.defaults()), new RecordingListener());

        assertThat(aws.ec2.calls().of("CreateRoute")).as("calls were in flight together").anyMatch(Call::throttled);
        assertThat(aws.ec2.calls().of("CreateRoute")).filteredOn(Call::succeeded).hasSize(20);
    }
}
