package io.peerbot.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.validation.Quotas;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outstanding-requests count with requests made a moment ago that EC2 may not list yet: each is looked up only
 * when it could tip the count, and counted unless EC2 shows it no longer awaits acceptance.
 */
class OutstandingRequestsCountTest {
    private static final Quotas TWO = Quotas.awsDefaults().withOverrides("outstanding-requests=2");
    private static final Rejection FULL = new Rejection.QuotaReached("outstanding peering requests",
            Vpcs.HERE.account(), 2, 2, 1);

    private final VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").name("app-vpc").cidr("10.0.0.0/16").build();
    private final Ec2Gateways gateways = mock(Ec2Gateways.class);
    private final Ec2Gateway ec2 = mock(Ec2Gateway.class);
    private final PeeringEngine engine = new PeeringEngine(gateways, EngineSettings.defaults().withQuotas(TWO));

    @BeforeEach
    void setUp() {
        when(gateways.at(Vpcs.HERE)).thenReturn(ec2);
        when(ec2.outstandingRequestsMade()).thenReturn(List.of(pending("pcx-listed", PeeringStatus.PENDING_ACCEPTANCE)));
    }

    @Test
    void aRequestMadeJustNowThatEc2DoesNotShowAtAllTakesASlot() {
        when(ec2.peering("pcx-new")).thenReturn(Optional.empty());

        assertThat(engine.outstandingRequestsOver(app, Set.of("pcx-new"))).containsExactly(FULL);
    }

    @Test
    void aRequestMadeJustNowThatEc2ShowsAcceptedAlreadyTakesNone() {
        when(ec2.peering("pcx-new")).thenReturn(Optional.of(pending("pcx-new", PeeringStatus.ACTIVE)));

        assertThat(engine.outstandingRequestsOver(app, Set.of("pcx-new"))).isEmpty();
    }

    @Test
    void requestsMadeJustNowAreNotLookedUpWhenTheyCannotTipTheCountOrAreListed() {
        when(ec2.outstandingRequestsMade()).thenReturn(List.of());

        assertThat(engine.outstandingRequestsOver(app, Set.of("pcx-new"))).isEmpty();
        when(ec2.outstandingRequestsMade()).thenReturn(List.of(pending("pcx-new", PeeringStatus.PENDING_ACCEPTANCE)));
        assertThat(engine.outstandingRequestsOver(app, Set.of("pcx-new"))).isEmpty();

        verify(ec2, never()).peering(anyString());
    }

    private PeeringConnection pending(String id, PeeringStatus status) {
        PeeringSide requester = new PeeringSide(app.id(), Vpcs.HERE, List.of(Cidr.parse("10.0.0.0/16")));
        PeeringSide accepter = new PeeringSide("vpc-0bbb0002", Vpcs.HERE, List.of(Cidr.parse("10.1.0.0/16")));
        return new PeeringConnection(id, requester, accepter, status, "", Map.of());
    }
}
