package io.peerbot.adapter.aws;

import static io.peerbot.adapter.aws.StandInAws.A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.pacing.Ec2Rate;
import io.peerbot.adapter.aws.pacing.Ec2Rates;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads through the real SDK against the EC2 stand-in, paced to buckets of one token refilled once a second: the
 * first read takes the tokens, so reads asked together next wait for theirs and share their calls.
 */
class SharedReadsGatewayTest {
    private static final Location HOME = new Location(A, "us-east-1");

    private StandInAws paced;
    private RegionSeed east;
    private Ec2Gateway gateway;

    @BeforeEach
    void start() {
        paced = new StandInAws(Ec2Rates.all(new Ec2Rate(1, 1)));
        east = paced.ec2.seed().account(A).region("us-east-1");
        gateway = paced.gateways.at(HOME);
    }

    @AfterEach
    void stop() {
        paced.close();
    }

    @Test
    void readsOfSeveralVpcsShareOneDescribePerKindAndEachGetsItsOwnVpc() throws Exception {
        VpcSeed first = east.vpc("first-vpc", "10.0.0.0/16");
        first.subnet("first-a", "10.0.1.0/24");
        VpcSeed second = east.vpc("second-vpc", "10.1.0.0/16");
        SubnetSeed secondA = second.subnet("second-a", "10.1.1.0/24");
        second.subnet("second-b", "10.1.2.0/24");
        second.securityGroup("second-web").ingress("tcp", 443, 443, "10.0.0.0/8", "https");
        second.routeTable("second-rt", secondA);
        VpcSeed third = east.vpc("third-vpc", "10.2.0.0/16");
        gateway.snapshot(first.id());
        paced.ec2.calls().clear();

        List<VpcSnapshot> read = atOnce(List.of(() -> gateway.snapshot(second.id()),
                () -> gateway.snapshot(third.id())));

        assertThat(read.get(0).id()).isEqualTo(second.id());
        assertThat(read.get(0).subnets()).hasSize(2);
        assertThat(read.get(0).securityGroups()).anySatisfy(g -> assertThat(g.ingress()).hasSize(1));
        assertThat(read.get(0).routeTables()).anySatisfy(t -> assertThat(t.subnetIds()).hasSize(1));
        assertThat(read.get(1).id()).isEqualTo(third.id());
        assertThat(read.get(1).subnets()).isEmpty();
        assertThat(read.get(1).routeTables()).allSatisfy(t -> assertThat(t.subnetIds()).isEmpty());
        assertThat(paced.ec2.calls().all()).as("one describe per kind, and the groups' rules, for both VPCs")
                .hasSize(8).noneMatch(Call::throttled);
    }

    @Test
    void lookupsOfPeeringsShareOneDescribeAndEachGetsItsOwnPeering() throws Exception {
        VpcSeed one = east.vpc("one-vpc", "10.0.0.0/16");
        String first = paced.ec2.seed().peering(one, east.vpc("two-vpc", "10.1.0.0/16"), Status.ACTIVE).id();
        String second = paced.ec2.seed().peering(one, east.vpc("three-vpc", "10.2.0.0/16"),
                Status.PENDING_ACCEPTANCE).id();
        gateway.peering(first);
        paced.ec2.calls().clear();

        List<Optional<PeeringConnection>> found = atOnce(List.of(() -> gateway.peering(first),
                () -> gateway.peering(second), () -> gateway.peering("pcx-0123456789abcdef0")));

        assertThat(found.get(0)).get().satisfies(p -> assertThat(p.status()).isEqualTo(PeeringStatus.ACTIVE));
        assertThat(found.get(1)).get()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PeeringStatus.PENDING_ACCEPTANCE));
        assertThat(found.get(2)).isEmpty();
        assertThat(paced.ec2.calls().all()).as("one describe for the three look-ups").hasSize(1)
                .noneMatch(Call::throttled);
    }

    @Test
    void peeringsOfSeveralVpcsAreReadTogetherAndEachVpcGetsItsOwn() throws Exception {
        VpcSeed one = east.vpc("one-vpc", "10.0.0.0/16");
        VpcSeed two = east.vpc("two-vpc", "10.1.0.0/16");
        VpcSeed three = east.vpc("three-vpc", "10.2.0.0/16");
        VpcSeed alone = east.vpc("alone-vpc", "10.3.0.0/16");
        String oneTwo = paced.ec2.seed().peering(one, two, Status.ACTIVE).id();
        String threeOne = paced.ec2.seed().peering(three, one, Status.PENDING_ACCEPTANCE).id();
        gateway.peeringsOf(two.id());
        paced.ec2.calls().clear();

        List<List<PeeringConnection>> found = atOnce(List.of(() -> gateway.peeringsOf(one.id()),
                () -> gateway.peeringsOf(three.id()), () -> gateway.peeringsOf(alone.id())));

        assertThat(found.get(0)).extracting(PeeringConnection::id).containsExactlyInAnyOrder(oneTwo, threeOne);
        assertThat(found.get(1)).extracting(PeeringConnection::id).containsExactly(threeOne);
        assertThat(found.get(2)).isEmpty();
        assertThat(paced.ec2.calls().all()).as("as requester and as accepter, for the three VPCs").hasSize(2)
                .noneMatch(Call::throttled);
    }

    /** Asks all of these at once, each on a thread of its own; their answers in the same order. */
    private static <T> List<T> atOnce(List<Callable<T>> reads) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(reads.size());
        try {
            List<Future<T>> asked = new ArrayList<>();
            reads.forEach(read -> asked.add(callers.submit(read)));
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : asked) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            callers.shutdownNow();
        }
    }
}
