package io.peerbot.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A request peerbot stopped making before it saved it is withdrawn once no save can still be coming. */
class UnsavedRequestsTest {
    private static final Instant ASKED = Instant.parse("2026-12-02T10:00:00Z");
    private static final MessageRef CARD = new MessageRef("C0PLATFORM", "1732870000.123456");

    private final ManagedPeerings peerings = mock(ManagedPeerings.class);
    private final ChatPort chat = mock(ChatPort.class);

    private UnsavedRequests at(Instant now) {
        return new UnsavedRequests(peerings, chat, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static ManagedPeerings.Unsaved request(PeeringStatus status) {
        return new ManagedPeerings.Unsaved(new PcxId("pcx-0a1b2c3d4e5f60718"), new Location("111122223333",
                "us-east-1"), Optional.of(CARD), ASKED, status);
    }

    @Test
    void aPendingRequestOlderThanASaveTakesIsWithdrawnAndItsCardSaysSo() {
        ManagedPeerings.Unsaved request = request(PeeringStatus.PENDING_ACCEPTANCE);
        when(peerings.withdraw(request)).thenReturn(PeeringStatus.DELETED);

        assertThat(at(ASKED.plus(UnsavedRequests.SAVE_GRACE).plusSeconds(1)).withdrawIfAbandoned(request)).isTrue();

        verify(chat).update(CARD, new Notice.RequestNeverSaved(request.id(), PeeringStatus.DELETED));
    }

    @Test
    void aYoungerRequestIsLeftToTheSaveThatMayStillBeComing() {
        ManagedPeerings.Unsaved request = request(PeeringStatus.PENDING_ACCEPTANCE);

        assertThat(at(ASKED.plus(UnsavedRequests.SAVE_GRACE).minusSeconds(1)).withdrawIfAbandoned(request)).isFalse();

        verify(peerings, never()).withdraw(any());
        verifyNoInteractions(chat);
    }

    @Test
    void aRequestNoLongerPendingIsLeftAloneEveryTimeItIsComeAcross() {
        for (PeeringStatus status : new PeeringStatus[] {PeeringStatus.ACTIVE, PeeringStatus.DELETED,
                PeeringStatus.REJECTED, PeeringStatus.EXPIRED}) {
            assertThat(at(ASKED.plusSeconds(3600)).withdrawIfAbandoned(request(status))).as("%s", status).isFalse();
        }
        verify(peerings, never()).withdraw(any());
        verifyNoInteractions(chat);
    }

    @Test
    void aWithdrawalEc2RefusesLeavesTheCardForTheNextTry() {
        ManagedPeerings.Unsaved request = request(PeeringStatus.PENDING_ACCEPTANCE);
        when(peerings.withdraw(request)).thenThrow(new CloudException("DeleteVpcPeeringConnection",
                "UnauthorizedOperation", "not allowed", null));

        assertThat(at(ASKED.plusSeconds(3600)).withdrawIfAbandoned(request)).isFalse();

        verifyNoInteractions(chat);
    }
}
