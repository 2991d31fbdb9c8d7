package io.peerbot.domain.connectivity;

import static io.peerbot.domain.connectivity.TwoVpcs.PCX;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The test in the peering's {@code peerbot:last-test} tag. */
class TestSummaryTest {
    private static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");

    private final TwoVpcs network = new TwoVpcs();

    @Test
    void aDirectionWithoutInstanceIsSummedUpAsNotTested() {
        DirectionReport d = DirectionReport.notTested("app-vpc", "db-vpc", List.of(PortRange.ICMP), "no instance");

        String summary = TestSummary.of(new ConnectivityReport(PCX, List.of(PortRange.ICMP), List.of(d), AT));

        assertThat(summary).isEqualTo("fail 2026-05-01T12:00:00Z app-vpc to db-vpc not tested");
    }

    @Test
    void theSummaryFitsATagValue() {
        List<PortRange> many = IntStream.range(0, 40).mapToObj(PortRange::tcp).toList();
        StringBuilder out = new StringBuilder("3 packets transmitted, 3 received, 0% packet loss, time 2003ms\n"
                + "rtt min/avg/max/mdev = 0.512/0.601/0.702/0.080 ms\n");
        many.forEach(p -> out.append("peerbot-tcp ").append(p.from()).append(" open\n"));
        DirectionReport d = DirectionReport.live(network.appEnd(), network.dbEnd(), PCX, many,
                ProbeRun.parse(out.toString()));

        String summary = TestSummary.of(new ConnectivityReport(PCX, many, List.of(d, d), AT));

        assertThat(summary).hasSize(TestSummary.MAX_LENGTH).endsWith("...").matches("[\\p{L}\\p{N} _.:/=+@-]+");
    }
}
