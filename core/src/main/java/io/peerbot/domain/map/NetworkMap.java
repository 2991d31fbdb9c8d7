package io.peerbot.domain.map;

import io.peerbot.domain.network.VpcRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The VPCs the bot can see and the peerings between them, as read at one moment. Every peering's two ends are on
 * the map (a far end outside the accounts read is a VPC that was not {@link MapVpc#seen seen}). Peering is not
 * transitive: a VPC reaches only the VPCs it has an active peering with.
 */
public final class NetworkMap {
    /** A picture names at most this many hubs, those whose peers most often do not reach each other. */
    public static final int MAX_NAMED_HUBS = 10;
    private final Map<String, MapVpc> vpcs = new LinkedHashMap<>();
    private final List<MapPeering> peerings;
    private final Map<String, Set<String>> activePeers = new HashMap<>();

    public NetworkMap(List<MapVpc> vpcs, List<MapPeering> peerings) {
        vpcs.stream().sorted(Comparator.comparing(MapVpc::label).thenComparing(MapVpc::id))
                .forEach(v -> this.vpcs.putIfAbsent(v.id(), v));
        Map<String, MapPeering> byId = new LinkedHashMap<>();
        for (MapPeering p : peerings) {
            if (!this.vpcs.containsKey(p.requesterVpc()) || !this.vpcs.containsKey(p.accepterVpc())) {
                throw new IllegalArgumentException(p.id() + " joins a VPC that is not on the map");
            }
            byId.putIfAbsent(p.id(), p);
        }
        this.peerings = byId.values().stream().sorted(Comparator.comparing(MapPeering::id)).toList();
        for (MapPeering p : this.peerings) {
            if (p.carriesTraffic() && !p.requesterVpc().equals(p.accepterVpc())) {
                activePeers.computeIfAbsent(p.requesterVpc(), k -> new TreeSet<>()).add(p.accepterVpc());
                activePeers.computeIfAbsent(p.accepterVpc(), k -> new TreeSet<>()).add(p.requesterVpc());
            }
        }
    }

    public List<MapVpc> vpcs() {
        return List.copyOf(vpcs.values());
    }

    public List<MapPeering> peerings() {
        return peerings;
    }

    public Optional<MapVpc> vpc(String id) {
        return Optional.ofNullable(vpcs.get(id));
    }

    /** The VPCs {@code vpcId} reaches directly: those it has an active peering with. */
    public Set<String> reachedFrom(String vpcId) {
        return Set.copyOf(activePeers.getOrDefault(vpcId, Set.of()));
    }

    public boolean reaches(String from, String to) {
        return activePeers.getOrDefault(from, Set.of()).contains(to);
    }

    /** The seen VPCs a reference names: by id or {@code Name} tag, within its account and region if it names them. */
    public List<MapVpc> find(VpcRef ref) {
        String wanted = ref.nameOrId().toLowerCase(Locale.ROOT);
        return vpcs.values().stream().filter(MapVpc::seen)
                .filter(v -> ref.account().map(a -> a.equals(v.location().account())).orElse(true))
                .filter(v -> ref.region().map(r -> r.equals(v.location().region())).orElse(true))
                .filter(v -> v.id().equals(wanted) || v.name().map(n -> n.equals(ref.nameOrId())).orElse(false))
                .toList();
    }

    /** Whether any seen VPC is in the account. */
    public boolean hasAccount(String account) {
        return vpcs.values().stream().anyMatch(v -> v.seen() && v.location().account().equals(account));
    }

    /** The whole map, its hubs named. */
    public MapView everything() {
        return new MapView(Optional.empty(), Optional.empty(), vpcs(), peerings, Map.of(), List.of(), namedHubs());
    }

    /**
     * The VPCs of one account and the VPCs they are peered with (each of those once, however many of the account's
     * VPCs it is peered with), with those peerings.
     */
    public MapView ofAccount(String account) {
        Set<String> shown = new HashSet<>();
        vpcs.values().stream().filter(v -> v.location().account().equals(account)).forEach(v -> shown.add(v.id()));
        List<MapPeering> kept = peerings.stream().filter(p -> shown.contains(p.requesterVpc())
                || shown.contains(p.accepterVpc())).toList();
        kept.forEach(p -> {
            shown.add(p.requesterVpc());
            shown.add(p.accepterVpc());
        });
        NetworkMap part = new NetworkMap(vpcs.values().stream().filter(v -> shown.contains(v.id())).toList(), kept);
        return new MapView(Optional.empty(), Optional.of(account), part.vpcs(), kept, Map.of(), List.of(),
                part.namedHubs());
    }

    /**
     * One VPC, the VPCs it is peered with, and the VPCs those it reaches are peered with but it does not reach,
     * each with the hub people might think it reaches them through.
     */
    public MapView around(String vpcId) {
        MapVpc focus = vpc(vpcId).orElseThrow(() -> new IllegalArgumentException(vpcId + " is not on the map"));
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put(vpcId, Role.FOCUS);
        List<MapPeering> kept = new ArrayList<>();
        for (MapPeering p : peerings) {
            if (p.touches(vpcId)) {
                kept.add(p);
                String other = p.otherEnd(vpcId);
                roles.putIfAbsent(other, reaches(vpcId, other) ? Role.REACHED : Role.PLAIN);
            }
        }
        List<HubWarning> warnings = new ArrayList<>();
        for (String hub : reachedFrom(vpcId)) {
            List<MapVpc> notReached = new ArrayList<>();
            for (MapPeering p : peerings) {
                if (!p.touches(hub) || p.touches(vpcId) || !p.carriesTraffic()) {
                    continue;
                }
                String beyond = p.otherEnd(hub);
                if (!reaches(vpcId, beyond)) {
                    kept.add(p);
                    roles.putIfAbsent(beyond, Role.NOT_REACHED);
                    if (!notReached.contains(vpcs.get(beyond))) {
                        notReached.add(vpcs.get(beyond));
                    }
                }
            }
            if (!notReached.isEmpty()) {
                warnings.add(new HubWarning(focus, vpcs.get(hub), notReached));
            }
        }
        List<MapVpc> shown = roles.keySet().stream().map(vpcs::get).toList();
        return new MapView(Optional.of(focus), Optional.empty(), new NetworkMap(shown, kept).vpcs(),
                kept.stream().distinct().sorted(Comparator.comparing(MapPeering::id)).toList(), roles, warnings,
                List.of());
    }

    private List<Hub> namedHubs() {
        return hubs().stream().limit(MAX_NAMED_HUBS).toList();
    }

    /** The VPCs {@code userId} owns. */
    public List<MapVpc> ownedBy(String userId) {
        return vpcs.values().stream().filter(v -> v.ownedBy(userId)).toList();
    }

    /**
     * VPCs actively peered with two or more VPCs of which some pair has no peering of its own, most such pairs
     * first.
     */
    public List<Hub> hubs() {
        List<Hub> hubs = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : activePeers.entrySet()) {
            List<String> peers = List.copyOf(entry.getValue());
            int unlinked = 0;
            for (int i = 0; i < peers.size(); i++) {
                for (int j = i + 1; j < peers.size(); j++) {
                    if (!reaches(peers.get(i), peers.get(j))) {
                        unlinked++;
                    }
                }
            }
            if (unlinked > 0) {
                hubs.add(new Hub(vpcs.get(entry.getKey()), peers.size(), unlinked));
            }
        }
        hubs.sort(Comparator.comparingInt(Hub::unlinkedPairs).reversed().thenComparing(h -> h.vpc().label()));
        return List.copyOf(hubs);
    }
}
