package io.peerbot.adapter.slack.blocks;

import static io.peerbot.domain.connectivity.TwoVpcs.PCX;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.connectivity.ConnectivityReport;
import io.peerbot.domain.connectivity.DirectionReport;
import io.peerbot.domain.connectivity.ProbeRun;
import io.peerbot.domain.connectivity.TwoVpcs;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a direction reads in the thread, for the cases the end-to-end tests do not reach. */
class ConnectivityTextTest {
    private static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");
    private static final String ALL_ANSWERED = """
            3 packets transmitted, 3 received, 0% packet loss, time 2003ms
            rtt min/avg/max/mdev = 0.512/0.601/0.702/0.080 ms
            """;
    private static final String NONE_ANSWERED = "3 packets transmitted, 0 received, 100% packet loss, time 2041ms\n";
    private static final String HEADER = "*app-vpc → db-vpc*  `i-0app` 10.0.0.12 → `i-0db` 10.1.0.10";

    private final TwoVpcs network = new TwoVpcs();

    private List<String> lines(DirectionReport direction) {
        return ConnectivityText.lines(new ConnectivityReport(PCX, direction.ports(), List.of(direction), AT));
    }

    @Test
    void aRefusedPortPassesTheNetworkButSaysNothingListens() {
        DirectionReport d = DirectionReport.live(network.appEnd(), network.dbEnd(), PCX,
                List.of(PortRange.ICMP, PortRange.tcp(5432)), ProbeRun.parse(ALL_ANSWERED + "peerbot-tcp 5432 refused\n"));

        assertThat(d.ok()).isTrue();
        assertThat(lines(d)).containsExactly("✅ " + HEADER,
                "    • ping: 3 sent, 3 received, 0% loss, avg 0.601 ms",
                "    • tcp:5432: refused — the network let it through, but nothing listens on 10.1.0.10:5432");
    }

    @Test
    void pingDoesNotCountWhenIcmpWasNotRequested() {
        network.dbIngress.remove(0);
        DirectionReport d = DirectionReport.live(network.appEnd(), network.dbEnd(), PCX,
                List.of(PortRange.tcp(5432)), ProbeRun.parse(NONE_ANSWERED + "peerbot-tcp 5432 open\n"));

        assertThat(d.ok()).isTrue();
        assertThat(lines(d)).containsExactly("✅ " + HEADER,
                "    • ping: 3 sent, 0 received, 100% loss (icmp was not requested, so this does not count)",
                "    • tcp:5432: connected");
    }

    @Test
    void aFailedPingThatNothingExplainsPointsAtTheHost() {
        DirectionReport d = DirectionReport.live(network.appEnd(), network.dbEnd(), PCX, List.of(PortRange.ICMP),
                ProbeRun.parse(NONE_ANSWERED));

        assertThat(lines(d)).containsExactly("❌ " + HEADER,
                "    • ping: 3 sent, 0 received, 100% loss",
                "    • static check finds nothing in routes, network ACLs or security groups that blocks ping: "
                        + "look at the instance's own firewall and whether it answers");
    }

    @Test
    void udpAndRangesAreShownForWhatTheyAre() {
        DirectionReport d = DirectionReport.live(network.appEnd(), network.dbEnd(), PCX,
                List.of(PortRange.ICMP, new PortRange(Protocol.TCP, 8000, 8100), new PortRange(Protocol.UDP, 53, 53)),
                ProbeRun.parse(ALL_ANSWERED + "peerbot-tcp 8000 timeout\n"));

        assertThat(lines(d)).containsExactly("❌ " + HEADER,
                "    • ping: 3 sent, 3 received, 0% loss, avg 0.601 ms",
                "    • tcp:8000-8100 (tried 8000): no answer (timed out)",
                "    • blocked by `sg-0db` (security group): sg-0db allows no tcp:8000-8100 from 10.0.0.12 (10.0.0.0/16)",
                "    • udp:53: blocked by `sg-0db` (security group): sg-0db allows no udp:53 from 10.0.0.12 (10.0.0.0/16)"
                        + " (static check; UDP is not tried live)");
    }

    @Test
    void pingThatCouldNotRunSaysWhatItPrinted() {
        DirectionReport d = DirectionReport.live(network.appEnd(), network.dbEnd(), PCX, List.of(PortRange.ICMP),
                ProbeRun.parse("sh: ping: command not found\n"));

        assertThat(lines(d)).startsWith("❌ " + HEADER, "    • ping did not run: sh: ping: command not found");
    }

    @Test
    void aDirectionWithoutInstanceIsNotTested() {
        DirectionReport d = DirectionReport.notTested("app-vpc", "db-vpc", List.of(PortRange.ICMP),
                "no running instance in db-vpc (vpc-0db) to test from; launch one there or tag a running one with "
                        + "peerbot:probe");
        ConnectivityReport report = new ConnectivityReport(PCX, List.of(PortRange.ICMP), List.of(d), AT);

        assertThat(ConnectivityText.title(report)).isEqualTo("Connectivity test over " + PCX + ": app-vpc → db-vpc fails");
        assertThat(ConnectivityText.lines(report)).containsExactly("❌ *app-vpc → db-vpc*",
                "    • not tested: no running instance in db-vpc (vpc-0db) to test from; launch one there or tag a "
                        + "running one with peerbot:probe");
    }

    @Test
    void aVpcNameFromATagCannotMentionAnyone() {
        DirectionReport d = DirectionReport.notTested("<!channel>", "db-vpc", List.of(PortRange.ICMP), "no instance");

        assertThat(lines(d)).first().isEqualTo("❌ *&lt;!channel&gt; → db-vpc*");
    }
}
