package io.peerbot.application.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.peerbot.application.lifecycle.OwnerLookup;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.OwnerDirectory;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.application.usecase.RecordingChat;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.ResourceTags;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForeignRequestWatchTest {
    private static final Location HOME = new Location("111122223333", "eu-west-1");
    private static final Location WATCHED = new Location("222233334444", "us-east-1");
    private static final Location OUTSIDER = new Location("999988887777", "eu-west-1");
    private static final String ALERTS = "C0ALERTS";
    private static final String DAVE = "U0DAVE0001";

    private final Ec2Gateways gateways = mock(Ec2Gateways.class);
    private final Ec2Gateway home = mock(Ec2Gateway.class);
    private final Ec2Gateway watched = mock(Ec2Gateway.class);
    private final Ec2Gateway outsider = mock(Ec2Gateway.class);
    private final ManagedPeerings peerings = mock(ManagedPeerings.class);
    private final RecordingChat chat = new RecordingChat();
    private final OwnerLookup owners = new OwnerLookup(mock(OwnersFile.class), mock(OwnerDirectory.class),
            Duration.ofMinutes(5));
    private final ManualScheduler scheduler = new ManualScheduler();

    @BeforeEach
    void organisation() {
        when(gateways.home()).thenReturn(HOME);
        when(gateways.at(HOME)).thenReturn(home);
        when(gateways.at(WATCHED)).thenReturn(watched);
        when(gateways.at(OUTSIDER)).thenReturn(outsider);
        when(gateways.foreign(anyString())).thenAnswer(a -> a.getArgument(0).equals(OUTSIDER.account()));
        when(home.findVpcs("vpc-0home")).thenReturn(List.of(new VpcSummary("vpc-0home", HOME,
                Map.of("Name", "payments", ResourceTags.OWNER, DAVE), List.of(Cidr.parse("10.1.0.0/16")))));
        when(peerings.recordOf(any())).thenAnswer(call -> new ManagedPeerings.NotManaged(
                PcxId.of(call.<PeeringConnection>getArgument(0).id())));
    }

    @Test
    void aRequestFromOutsideTheOrganisationIsReportedWithoutReachingTheOutsidersAccount() {
        PeeringConnection phishing = request("pcx-0000000000000001", OUTSIDER, "vpc-0evil", HOME, "vpc-0home");
        when(home.pendingRequestsInto()).thenReturn(List.of(phishing));

        watch(Optional.of(ALERTS)).startOn(scheduler, Duration.ofMinutes(10));

        List<Notice.ForeignPeeringRequest> alerts = chat.all(Notice.ForeignPeeringRequest.class);
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.request().id()).isEqualTo("pcx-0000000000000001");
            assertThat(alert.insideOrganisation()).isFalse();
            assertThat(alert.targetVpcName()).isEqualTo("payments (vpc-0home)");
            assertThat(alert.targetOwners().userIds()).containsExactly(DAVE);
        });
        assertThat(chat.said()).singleElement().satisfies(s -> assertThat(s.where().channel()).isEqualTo(ALERTS));
        verify(gateways, never()).at(OUTSIDER);
        verify(home, never()).acceptPeering(any());
        verify(home, never()).rejectPeering(any());
    }

    @Test
    void aRequestReportedOnceIsNotReportedAgainOnLaterRuns() {
        when(home.pendingRequestsInto()).thenReturn(
                List.of(request("pcx-0000000000000001", OUTSIDER, "vpc-0evil", HOME, "vpc-0home")));

        watch(Optional.of(ALERTS)).startOn(scheduler, Duration.ofMinutes(10));
        scheduler.advance(Duration.ofMinutes(35));

        verify(home, org.mockito.Mockito.times(4)).pendingRequestsInto();
        assertThat(chat.all(Notice.ForeignPeeringRequest.class)).hasSize(1);
    }

    @Test
    void aRequestPeerbotMadeIsNotReported() {
        PeeringConnection ours = request("pcx-0000000000000002", HOME, "vpc-0app", WATCHED, "vpc-0db");
        when(watched.pendingRequestsInto()).thenReturn(List.of(ours));
        when(home.peering(ours.id())).thenReturn(Optional.of(ours));
        when(peerings.recordOf(ours)).thenReturn(new ManagedPeerings.Found(mock(ManagedPeering.class),
                PeeringStatus.PENDING_ACCEPTANCE));

        assertThat(watch(Optional.of(ALERTS)).scan()).isEmpty();

        assertThat(chat.said()).isEmpty();
        verify(watched, never()).acceptPeering(any());
    }

    @Test
    void aRequestWhoseRecordWasNeverSavedIsReportedAsItsRecordIsNotBoundToIt() {
        PeeringConnection unsaved = request("pcx-0000000000000005", HOME, "vpc-0app", WATCHED, "vpc-0db");
        when(watched.pendingRequestsInto()).thenReturn(List.of(unsaved));
        when(home.peering(unsaved.id())).thenReturn(Optional.of(unsaved));
        when(peerings.recordOf(unsaved)).thenReturn(new ManagedPeerings.Unsaved(PcxId.of(unsaved.id()), HOME,
                Optional.empty(), java.time.Instant.EPOCH, PeeringStatus.PENDING_ACCEPTANCE));

        assertThat(watch(Optional.of(ALERTS)).scan()).containsExactly(PcxId.of(unsaved.id()));
        assertThat(chat.all(Notice.ForeignPeeringRequest.class)).hasSize(1);
    }

    @Test
    void aRequestWhoseRecordDoesNotVerifyIsReportedLikeAnyoneElses() {
        PeeringConnection forged = request("pcx-0000000000000006", WATCHED, "vpc-0db", HOME, "vpc-0home");
        when(home.pendingRequestsInto()).thenReturn(List.of(forged));
        when(watched.peering(forged.id())).thenReturn(Optional.of(forged));
        when(peerings.recordOf(forged)).thenReturn(new ManagedPeerings.Untrusted(PcxId.of(forged.id()),
                Optional.empty(), "its seal does not verify"));

        assertThat(watch(Optional.of(ALERTS)).scan()).containsExactly(PcxId.of(forged.id()));
        assertThat(chat.all(Notice.ForeignPeeringRequest.class)).hasSize(1);
    }

    @Test
    void aRequestFromInsideTheOrganisationThatPeerbotDidNotMakeIsReportedAsInside() {
        PeeringConnection byHand = request("pcx-0000000000000003", WATCHED, "vpc-0db", HOME, "vpc-0home");
        when(home.pendingRequestsInto()).thenReturn(List.of(byHand));
        when(watched.peering(byHand.id())).thenReturn(Optional.of(byHand));

        assertThat(watch(Optional.of(ALERTS)).scan()).containsExactly(PcxId.of(byHand.id()));

        assertThat(chat.all(Notice.ForeignPeeringRequest.class)).singleElement()
                .satisfies(alert -> assertThat(alert.insideOrganisation()).isTrue());
    }

    @Test
    void aRequestWhoseMakerCannotBeToldIsLeftForTheNextRun() {
        PeeringConnection unknown = request("pcx-0000000000000004", WATCHED, "vpc-0db", HOME, "vpc-0home");
        when(home.pendingRequestsInto()).thenReturn(List.of(unknown));
        when(watched.peering(unknown.id())).thenThrow(new CloudException("DescribeVpcPeeringConnections",
                "RequestLimitExceeded", "slow down", null));

        assertThat(watch(Optional.of(ALERTS)).scan()).isEmpty();
        assertThat(chat.said()).isEmpty();
    }

    @Test
    void withoutAnAlertChannelNothingIsPostedButTheRequestCountsAsReported() {
        when(home.pendingRequestsInto()).thenReturn(
                List.of(request("pcx-0000000000000001", OUTSIDER, "vpc-0evil", HOME, "vpc-0home")));

        ForeignRequestWatch watch = watch(Optional.empty());

        assertThat(watch.scan()).containsExactly(PcxId.of("pcx-0000000000000001"));
        assertThat(watch.scan()).isEmpty();
        assertThat(chat.said()).isEmpty();
    }

    @Test
    void aReportThatCouldNotBePostedIsTriedAgain() {
        when(home.pendingRequestsInto()).thenReturn(
                List.of(request("pcx-0000000000000001", OUTSIDER, "vpc-0evil", HOME, "vpc-0home")));
        ChatPort failingOnce = mock(ChatPort.class);
        when(failingOnce.post(anyString(), any())).thenThrow(new IllegalStateException("channel_not_found"))
                .thenReturn(new MessageRef(ALERTS, "1.0"));
        ForeignRequestWatch watch = new ForeignRequestWatch(gateways, peerings, owners, failingOnce,
                Optional.of(ALERTS), List.of(WATCHED));

        assertThat(watch.scan()).isEmpty();
        assertThat(watch.scan()).containsExactly(PcxId.of("pcx-0000000000000001"));
        assertThat(watch.scan()).isEmpty();
    }

    @Test
    void aLocationThatCannotBeReadDoesNotStopTheOthers() {
        when(home.pendingRequestsInto()).thenThrow(new CloudException("DescribeVpcPeeringConnections",
                "UnauthorizedOperation", "no", null));
        when(watched.pendingRequestsInto()).thenReturn(
                List.of(request("pcx-0000000000000005", OUTSIDER, "vpc-0evil", WATCHED, "vpc-0db")));

        assertThat(watch(Optional.of(ALERTS)).scan()).containsExactly(PcxId.of("pcx-0000000000000005"));
        assertThat(chat.all(Notice.ForeignPeeringRequest.class)).singleElement()
                .satisfies(alert -> assertThat(alert.targetVpcName()).isEqualTo("vpc-0db"));
    }

    private ForeignRequestWatch watch(Optional<String> alertChannel) {
        return new ForeignRequestWatch(gateways, peerings, owners, chat, alertChannel, List.of(WATCHED));
    }

    private static PeeringConnection request(String id, Location from, String fromVpc, Location to, String toVpc) {
        return new PeeringConnection(id, new PeeringSide(fromVpc, from, List.of(Cidr.parse("10.9.0.0/16"))),
                new PeeringSide(toVpc, to, List.of(Cidr.parse("10.1.0.0/16"))), PeeringStatus.PENDING_ACCEPTANCE,
                "Pending Acceptance by " + to.account(), Map.of());
    }
}
