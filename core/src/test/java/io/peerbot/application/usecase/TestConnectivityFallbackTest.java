package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.CommandOutcome;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.RemoteCommands;
import io.peerbot.domain.connectivity.ConnectivityReport;
import io.peerbot.domain.connectivity.DirectionOutcome;
import io.peerbot.domain.connectivity.DirectionReport;
import io.peerbot.domain.connectivity.PathVerdict;
import io.peerbot.domain.connectivity.ProbeScript;
import io.peerbot.domain.connectivity.TwoVpcs;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.traffic.PortRange;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the test says when it cannot run live, with the ports and the network faked. */
class TestConnectivityFallbackTest {
    private static final Location HOME = new Location("111122223333", "us-east-1");
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final TwoVpcs network = new TwoVpcs();
    private final Ec2Gateways gateways = mock(Ec2Gateways.class);
    private final Ec2Gateway ec2 = mock(Ec2Gateway.class);
    private final RemoteCommands remote = mock(RemoteCommands.class);
    private final RecordingChat chat = new RecordingChat();
    private final TestConnectivity test =
            new TestConnectivity(gateways, remote, chat, Clock.fixed(NOW, ZoneOffset.UTC), Runnable::run);
    private final ManagedPeering request = new ManagedPeering(new PcxId(TwoVpcs.PCX),
            new PeeringSide("vpc-0app", HOME, List.of()), new PeeringSide("vpc-0db", HOME, List.of()),
            new MessageRef("C1", "1700000000.000100"),
            new PeeringOptions(List.of(PortRange.ICMP), List.of(), false, true, ""),
            new Change(ChangeKind.CREATE, List.of(PortRange.ICMP), "U0REQUEST", NOW, List.of(), ChangeState.DONE, null, null,
                    ""), null);

    @BeforeEach
    void wire() {
        when(gateways.at(HOME)).thenReturn(ec2);
        when(ec2.snapshot("vpc-0app")).thenAnswer(i -> network.app());
        when(ec2.snapshot("vpc-0db")).thenAnswer(i -> network.db());
        when(remote.managed(eq(HOME), any())).thenReturn(Set.of("i-0app", "i-0db"));
        when(remote.run(eq(HOME), anyString(), any(ProbeScript.class), anyString()))
                .thenReturn(new CommandOutcome.Success("3 packets transmitted, 3 received, 0% packet loss\n"
                        + "rtt min/avg/max/mdev = 0.400/0.500/0.600/0.100 ms\n"));
    }

    @Test
    void aFailedCommandFallsBackToTheStaticCheckAndSaysHowItEnded() {
        when(remote.run(eq(HOME), eq("i-0app"), any(ProbeScript.class), anyString()))
                .thenReturn(new CommandOutcome.Failed("Failed", 2, "", "ping: socket: Operation not permitted\n"));

        ConnectivityReport report = test.run(request, List.of());

        assertThat(report.directions().get(0).outcome()).isEqualTo(new DirectionOutcome.StaticOnly(
                "the command on i-0app ended Failed (exit 2): ping: socket: Operation not permitted",
                List.of(new PathVerdict.Open(PortRange.ICMP))));
    }

    @Test
    void refusedRunCommandPermissionFallsBackToo() {
        when(remote.run(eq(HOME), eq("i-0db"), any(ProbeScript.class), anyString()))
                .thenThrow(new CloudException("SendCommand",
                "AccessDeniedException", "not authorized", null));

        ConnectivityReport report = test.run(request, List.of());

        assertThat(report.directions().get(1).outcome()).isEqualTo(new DirectionOutcome.StaticOnly(
                "could not run a command on i-0db (SendCommand: AccessDeniedException)",
                List.of(new PathVerdict.Open(PortRange.ICMP))));
    }

    @Test
    void aVpcWithoutARunningInstanceIsNotTestedEitherWay() {
        network.dbInstances.clear();

        ConnectivityReport report = test.run(request, List.of(PortRange.tcp(5432), PortRange.ICMP));

        assertThat(report.ok()).isFalse();
        assertThat(report.ports()).containsExactly(PortRange.tcp(5432), PortRange.ICMP);
        DirectionOutcome notTested = new DirectionOutcome.NotTested("no running Linux instance in db-vpc (vpc-0db) to test "
                + "from; launch one there or tag a running one with peerbot:probe");
        assertThat(report.directions()).extracting(DirectionReport::from, DirectionReport::to, DirectionReport::outcome)
                .containsExactly(tuple("app-vpc", "db-vpc", notTested), tuple("db-vpc", "app-vpc", notTested));
    }

    @Test
    void oneWayRulesAreNotTestedBackwards() {
        network.dbInstances.clear();

        ConnectivityReport report = test.run(request, List.of(PortRange.tcp(5432)));

        assertThat(report.directions().get(1).outcome()).isEqualTo(new DirectionOutcome.NotTested(
                "the rules go one way (requester to accepter); ask with --both-ways to open this direction"));
    }

    @Test
    void aVpcThatCannotBeReadIsNotTested() {
        when(ec2.snapshot("vpc-0db")).thenThrow(new CloudException("DescribeVpcs", "UnauthorizedOperation",
                "DescribeVpcs: You are not authorized to perform this operation.", null));

        ConnectivityReport report = test.run(request, List.of());

        assertThat(report.directions()).extracting(DirectionReport::outcome).containsOnly(new DirectionOutcome.NotTested(
                "could not read vpc-0db (UnauthorizedOperation: DescribeVpcs: You are not authorized to perform this "
                        + "operation.)"));
    }

    @Test
    void postsOneMessageInTheThreadAndTagsThePeeringOnTheRequesterSide() {
        test.runAndReport(request, List.of());

        assertThat(chat.replies()).singleElement().satisfies(r -> {
            assertThat(r.thread().channel()).isEqualTo("C1");
            assertThat(r.thread().ts()).isEqualTo("1700000000.000100");
            assertThat(r.notice()).isInstanceOfSatisfying(Notice.ConnectivityResult.class,
                    n -> assertThat(n.report().ok()).isTrue());
        });
        verify(ec2).tagPeering(TwoVpcs.PCX, Map.of("peerbot:last-test", "pass 2026-05-01T12:00:00Z app-vpc to db-vpc "
                + "ping 3/3 avg 0.500ms / db-vpc to app-vpc ping 3/3 avg 0.500ms"));
    }
}
