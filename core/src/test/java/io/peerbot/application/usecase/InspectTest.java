package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Notice.PeeringDetails.SideResources;
import io.peerbot.domain.command.TypedCommand;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** {@code /peer status}: both sides' routes and rules, read together where they can be. */
class InspectTest {
    private static final Location HOME = new Location("111122223333", "us-east-1");
    private static final Actor ERIN = new Actor("U0ERIN", "C0PLATFORM");
    private static final PeeringConnection ACTIVE = new PeeringConnection("pcx-0a1b2c3d", side("vpc-0app", "10.0.0.0/16"),
            side("vpc-0db", "10.1.0.0/16"), PeeringStatus.ACTIVE, "Active", Map.of());

    private final Ec2Gateways gateways = mock(Ec2Gateways.class);
    private final Ec2Gateway ec2 = mock(Ec2Gateway.class);
    private final ChatPort chat = mock(ChatPort.class);
    private Inspect inspect;

    @BeforeEach
    void setUp() {
        when(gateways.home()).thenReturn(HOME);
        when(gateways.at(HOME)).thenReturn(ec2);
        when(ec2.peering("pcx-0a1b2c3d")).thenReturn(Optional.of(ACTIVE));
        ManagedPeerings records = mock(ManagedPeerings.class);
        when(records.recordOf(any())).thenAnswer(call -> new ManagedPeerings.NotManaged(
                PcxId.of(call.<PeeringConnection>getArgument(0).id())));
        inspect = new Inspect(gateways, new PeeringFinder(gateways, records, List.of()), chat);
    }

    @Test
    void bothVpcsInOnePlaceAreReadTogether() {
        when(ec2.snapshots(List.of("vpc-0app", "vpc-0db"))).thenReturn(List.of(snapshot("vpc-0app"),
                snapshot("vpc-0db")));

        Notice.PeeringDetails details = status();

        assertThat(details.requester()).isInstanceOf(SideResources.Read.class);
        assertThat(details.accepter()).isInstanceOf(SideResources.Read.class);
        verify(ec2, never()).snapshot(anyString());
    }

    @Test
    void aSideThatCannotBeReadLeavesTheOtherShown() {
        CloudException gone = new CloudException("DescribeVpcs", "InvalidVpcID.NotFound", "VPC vpc-0db does not exist",
                null);
        when(ec2.snapshots(anyList())).thenThrow(gone);
        when(ec2.snapshot("vpc-0app")).thenReturn(snapshot("vpc-0app"));
        when(ec2.snapshot("vpc-0db")).thenThrow(gone);

        Notice.PeeringDetails details = status();

        assertThat(details.requester()).isInstanceOf(SideResources.Read.class);
        assertThat(details.accepter()).isInstanceOfSatisfying(SideResources.Unreadable.class,
                u -> assertThat(u.problem()).contains("vpc-0db does not exist"));
    }

    private Notice.PeeringDetails status() {
        inspect.status(ERIN, new TypedCommand.Status("pcx-0a1b2c3d"));
        ArgumentCaptor<Notice> told = ArgumentCaptor.forClass(Notice.class);
        verify(chat).tellPrivately(org.mockito.ArgumentMatchers.eq("C0PLATFORM"),
                org.mockito.ArgumentMatchers.eq("U0ERIN"), told.capture());
        return (Notice.PeeringDetails) told.getValue();
    }

    private static PeeringSide side(String vpcId, String cidr) {
        return new PeeringSide(vpcId, HOME, List.of(Cidr.parse(cidr)));
    }

    private static VpcSnapshot snapshot(String vpcId) {
        return new VpcSnapshot(vpcId, HOME, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }
}
