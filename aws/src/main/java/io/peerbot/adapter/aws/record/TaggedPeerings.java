package io.peerbot.adapter.aws.record;

import io.peerbot.application.port.Caller;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import java.util.List;
import java.util.Optional;

/**
 * Managed peerings in their connection's tags, in the requester's account (each account sees only its own
 * tags on a peering), written and read with {@link PeeringRecord}.
 */
public final class TaggedPeerings implements ManagedPeerings {
    private final Ec2Gateways gateways;

    public TaggedPeerings(Ec2Gateways gateways) {
        this.gateways = gateways;
    }

    @Override
    public Lookup find(PcxId id, Location where) {
        Optional<PeeringConnection> connection = gateways.at(where).peering(id.value());
        if (connection.isEmpty()) {
            return new Missing(id);
        }
        if (!PeeringRecord.managed(connection.get())) {
            return new NotManaged(id);
        }
        Optional<String> unreadable = PeeringRecord.whyUnreadable(connection.get());
        if (unreadable.isPresent()) {
            return new Unreadable(id, unreadable.get());
        }
        return new Found(PeeringRecord.decode(connection.get()).orElseThrow(), connection.get().status());
    }

    @Override
    public List<Found> managedIn(Location where) {
        return gateways.at(where).managedPeerings().stream()
                .flatMap(c -> PeeringRecord.decode(c).map(p -> new Found(p, c.status())).stream())
                .toList();
    }

    @Override
    public Optional<ManagedPeering> read(PeeringConnection connection) {
        return PeeringRecord.decode(connection);
    }

    @Override
    public PcxId create(ManagedPeering draft, String requesterName, String accepterName) {
        // Asked for by the requester: in another account the role session names them (there is no pcx-… yet).
        String id = gateways.at(draft.requester().location(), Caller.of(draft.requestedBy())).createPeering(draft.requester().vpcId(),
                draft.accepter().vpcId(), draft.accepter().location(),
                PeeringRecord.encode(draft, requesterName, accepterName));
        return new PcxId(id);
    }

    @Override
    public void save(ManagedPeering peering) {
        gateways.at(peering.requester().location()).tagPeering(peering.id().value(), PeeringRecord.encode(peering));
    }
}
