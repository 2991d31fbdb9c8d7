package io.peerbot.application.engine;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.application.engine.PeeringEngineTest.ready;
import static io.peerbot.application.engine.PeeringEngineTest.ref;
import static io.peerbot.application.engine.PeeringEngineTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.seed.RegionSeed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many EC2 calls an apply makes for N route tables and M security groups on each side, P ports and one
 * block per VPC. Reads do not grow with the VPC (a snapshot is 7 describes whatever its size) and one call
 * adds all of a group's rules; both VPCs, in one account and region here, are read together (one describe per
 * kind for the two, and their groups' rules in one call). So an apply makes
 * {@code 10 reads + 1 accept + 2·N routes + 2·M rule calls}, whatever P; a second apply makes 9 reads and nothing
 * else.
 */
class ApplyCallCountTest {
    private static final PeeringOptions TWO_PORTS = new PeeringOptions(
            List.of(PortRange.ICMP, PortRange.tcp(5432)), List.of(), false, true, "");

    @ParameterizedTest(name = "N={0} route tables, M={1} groups")
    @CsvSource({"1, 1", "3, 2", "10, 4"})
    void countsTheCallsOfAnApply(int routeTables, int groups) {
        try (StandInAws aws = new StandInAws()) {
            RegionSeed east = aws.ec2.seed().account(A).region("us-east-1");
            SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", routeTables, groups);
            SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", routeTables, groups);
            PeeringEngine engine = new PeeringEngine(aws.gateways);
            Proposal proposal = ready(engine.prepare(ref("app-vpc"), ref("db-vpc"), TWO_PORTS));
            String pcx = EngineRuns.create(aws.gateways, proposal, Map.of());

            int mark = aws.ec2.calls().mark();
            EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, TWO_PORTS), new RecordingListener());
            List<Call> first = aws.ec2.calls().since(mark);
            mark = aws.ec2.calls().mark();
            EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, TWO_PORTS), new RecordingListener());
            List<Call> second = aws.ec2.calls().since(mark);

            int ports = TWO_PORTS.ports().size();
            long reads = first.stream().filter(c -> !c.mutating()).count();
            long writes = first.size() - reads;
            System.out.printf("apply N=%d M=%d P=%d: %d calls (%d reads, %d writes); second apply %d calls, "
                    + "%d writes%n", routeTables, groups, ports, first.size(), reads, writes, second.size(),
                    second.stream().filter(Call::mutating).count());
            assertThat(reads).isEqualTo(10);
            assertThat(writes).isEqualTo(1 + 2L * routeTables + 2L * groups);
            assertThat(second).hasSize(9).noneMatch(Call::mutating);
        }
    }
}
