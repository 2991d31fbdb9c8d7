package io.peerbot.application.map;

import io.peerbot.application.lifecycle.OwnerLookup;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.Ec2Reads;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.domain.approval.OwnerSpec;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.drift.DriftMemo;
import io.peerbot.domain.expiry.Term;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.map.Drift;
import io.peerbot.domain.map.MapPeering;
import io.peerbot.domain.map.MapVpc;
import io.peerbot.domain.map.NetworkMap;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.ResourceTags;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the network as the bot can see it: in each account and region it reads (its own, then the watched ones),
 * every VPC and every peering connection, one describe each. A peering still pending or active is on the map
 * (deleted, rejected, failed and expired ones are history); one whose far end is outside those places brings that
 * VPC as a far end. The ports of a peering peerbot made come from its record, read only when it verifies.
 */
public final class NetworkReader {
    private final Ec2Gateways gateways;
    private final List<Location> locations;
    private final ManagedPeerings records;
    private final OwnerLookup owners;
    private final OwnersFile ownersFile;

    public NetworkReader(Ec2Gateways gateways, List<Location> locations, ManagedPeerings records, OwnerLookup owners,
                         OwnersFile ownersFile) {
        this.gateways = gateways;
        this.locations = List.copyOf(locations);
        this.records = records;
        this.owners = owners;
        this.ownersFile = ownersFile;
    }

    public NetworkMap read() {
        Map<String, MapVpc> vpcs = new LinkedHashMap<>();
        Map<String, PeeringConnection> connections = new LinkedHashMap<>();
        for (Location location : locations) {
            if (gateways.foreign(location.account())) {
                continue;
            }
            Ec2Reads ec2 = gateways.at(location);
            ec2.listVpcs().forEach(v -> vpcs.putIfAbsent(v.id(), seen(v)));
            ec2.allPeerings().stream().filter(p -> p.status().live())
                    .forEach(p -> connections.putIfAbsent(p.id(), p));
        }
        List<MapPeering> peerings = new ArrayList<>();
        for (PeeringConnection p : connections.values()) {
            farEnd(vpcs, p.requester());
            farEnd(vpcs, p.accepter());
            peerings.add(onMap(p));
        }
        return new NetworkMap(List.copyOf(vpcs.values()), peerings);
    }

    private MapVpc seen(VpcSummary vpc) {
        Owners resolved = owners.ownersOf(vpc.id(), vpc.location(), vpc.tags());
        return new MapVpc(vpc.id(), vpc.name(), vpc.location(), vpc.cidrBlocks(), ownerEntries(vpc),
                resolved.userIds(), true);
    }

    /** The owners as written where they are set: the VPC's tag, else its entry in the owners file. */
    private List<String> ownerEntries(VpcSummary vpc) {
        String tag = vpc.tags().get(ResourceTags.OWNER);
        if (tag != null && !tag.isBlank()) {
            return entries(() -> OwnerSpec.parse(tag));
        }
        return ownersFile.ownersOf(vpc.id(), vpc.name(), vpc.location().account())
                .map(list -> entries(() -> OwnerSpec.of(list))).orElse(List.of());
    }

    private static List<String> entries(java.util.function.Supplier<OwnerSpec> spec) {
        try {
            OwnerSpec owners = spec.get();
            List<String> all = new ArrayList<>(owners.userIds());
            all.addAll(owners.emails());
            all.addAll(owners.groupIds());
            return all;
        } catch (IllegalArgumentException unreadable) {
            return List.of("unreadable owner list");
        }
    }

    private static void farEnd(Map<String, MapVpc> vpcs, PeeringSide side) {
        vpcs.putIfAbsent(side.vpcId(), MapVpc.farEnd(side.vpcId(), side.location(), side.cidrBlocks()));
    }

    private MapPeering onMap(PeeringConnection p) {
        Optional<ManagedPeering> record = records.recordOf(p).verified();
        return new MapPeering(p.id(), p.requester().vpcId(), p.accepter().vpcId(), p.status(), record.isPresent(),
                record.map(ManagedPeering::portsInForce).orElse(List.of()),
                record.flatMap(NetworkReader::until), record.map(NetworkReader::drift).orElse(Drift.UNKNOWN));
    }

    /** The soonest end of what a temporary change made (the whole peering or an opening), from the record. */
    private static Optional<Instant> until(ManagedPeering record) {
        return Term.of(record).stream().map(Term::end).findFirst();
    }

    /**
     * As the drift watch last left it on the record: findings posted and not dismissed are drift; with the approved
     * scope kept and none outstanding, none; a record the watch has not looked at yet, unknown.
     */
    private static Drift drift(ManagedPeering record) {
        DriftMemo memo = record.drift();
        if (memo.reported().stream().anyMatch(f -> !memo.dismissed().containsKey(f))) {
            return Drift.DRIFTED;
        }
        return memo.scope().isEmpty() ? Drift.UNKNOWN : Drift.NONE;
    }

    /** Where the map is read: the bot's own account and region, then the watched ones. */
    public List<Location> locations() {
        return locations;
    }
}
