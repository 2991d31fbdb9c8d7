package io.peerbot.application.usecase;

import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Managed peerings kept in memory next to an {@link InMemoryEc2}, which knows their connections' status. */
final class InMemoryPeerings implements ManagedPeerings {
    private final InMemoryEc2 ec2;
    private final Map<PcxId, ManagedPeering> records = new LinkedHashMap<>();
    private final List<ManagedPeering> saved = new ArrayList<>();

    InMemoryPeerings(InMemoryEc2 ec2) {
        this.ec2 = ec2;
    }

    synchronized void put(ManagedPeering peering) {
        records.put(peering.id(), peering);
    }

    synchronized ManagedPeering get(PcxId id) {
        return records.get(id);
    }

    /** Every record written, in order. */
    synchronized List<ManagedPeering> saved() {
        return List.copyOf(saved);
    }

    @Override
    public synchronized Lookup find(PcxId id, Location where) {
        ManagedPeering peering = records.get(id);
        return peering == null ? new Missing(id) : new Found(peering, ec2.status(id.value()));
    }

    @Override
    public synchronized List<Lookup> managedIn(Location where) {
        return records.values().stream().<Lookup>map(p -> new Found(p, ec2.status(p.id().value()))).toList();
    }

    @Override
    public synchronized Lookup recordOf(PeeringConnection connection) {
        PcxId id = new PcxId(connection.id());
        ManagedPeering peering = records.get(id);
        return peering == null ? new NotManaged(id) : new Found(peering, connection.status());
    }

    @Override
    public synchronized PcxId create(ManagedPeering draft, String requesterName, String accepterName) {
        PcxId id = new PcxId(ec2.createPeering(draft.requester().vpcId(), draft.accepter().vpcId(),
                draft.accepter().location(), Map.of()));
        put(draft.withId(id));
        return id;
    }

    @Override
    public synchronized void save(ManagedPeering peering) {
        ec2.tagPeering(peering.id().value(), Map.of());
        saved.add(peering);
        records.put(peering.id(), peering);
    }

    @Override
    public synchronized PeeringStatus withdraw(Unsaved request) {
        ec2.deletePeering(request.id().value());
        return ec2.status(request.id().value());
    }

    @Override
    public boolean keepsWhole(String text) {
        return true;
    }
}
