package io.peerbot.application.engine;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.application.engine.PeeringEngineTest.ready;
import static io.peerbot.application.engine.PeeringEngineTest.ref;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.seed.RegionSeed;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The describes of a plan for two VPCs in one account and region: both VPCs are read together, so their peerings
 * cost the two describes (as requester, as accepter) that one VPC's would, beside the one that counts the account's
 * outstanding requests. Every request and {@code /peer plan} pays this, and in a burst the peering describe's
 * bucket is the first to run dry.
 */
class PrepareCallCountTest {
    private static final PeeringOptions ONE_PORT = new PeeringOptions(
            List.of(PortRange.tcp(5432)), List.of(), false, true, "");

    @Test
    void bothVpcsPeeringsAreReadWithTheDescribesOfOne() {
        try (StandInAws aws = new StandInAws()) {
            RegionSeed east = aws.ec2.seed().account(A).region("us-east-1");
            SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", 2, 1);
            SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", 2, 1);
            PeeringEngine engine = new PeeringEngine(aws.gateways);

            int mark = aws.ec2.calls().mark();
            ready(engine.prepare(ref("app-vpc"), ref("db-vpc"), ONE_PORT));
            Map<String, Long> byAction = aws.ec2.calls().since(mark).stream()
                    .collect(Collectors.groupingBy(Call::action, TreeMap::new, Collectors.counting()));

            assertThat(byAction).containsEntry("DescribeVpcPeeringConnections", 3L)
                    .containsEntry("CreateVpcPeeringConnection", 1L);
        }
    }
}
