package io.peerbot.application.usecase;

import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import java.util.List;

/**
 * The records as a replica sees them that listed them a moment ago, when another replica listed them too: its
 * listing is the one taken at {@link #listNow()}; every other read and write goes to the records as they are.
 */
final class ListedEarlier implements ManagedPeerings {
    private final ManagedPeerings records;
    private List<Lookup> listed;

    ListedEarlier(ManagedPeerings records) {
        this.records = records;
    }

    /** Lists the records now; later listings return this one. */
    void listNow(Location where) {
        listed = records.managedIn(where);
    }

    @Override
    public Lookup find(PcxId id, Location where) {
        return records.find(id, where);
    }

    @Override
    public List<Lookup> managedIn(Location where) {
        return listed == null ? records.managedIn(where) : listed;
    }

    @Override
    public Lookup recordOf(PeeringConnection connection) {
        return records.recordOf(connection);
    }

    @Override
    public PcxId create(ManagedPeering draft, String requesterName, String accepterName) {
        return records.create(draft, requesterName, accepterName);
    }

    @Override
    public void save(ManagedPeering peering) {
        records.save(peering);
    }

    @Override
    public PeeringStatus withdraw(Unsaved request) {
        return records.withdraw(request);
    }

    @Override
    public boolean keepsWhole(String text) {
        return true;
    }
}
