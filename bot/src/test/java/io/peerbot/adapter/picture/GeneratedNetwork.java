package io.peerbot.adapter.picture;

import io.peerbot.domain.map.Drift;
import io.peerbot.domain.map.MapPeering;
import io.peerbot.domain.map.MapVpc;
import io.peerbot.domain.map.NetworkMap;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * An organisation made up for pictures and timings: {@code vpcs} VPCs over a few accounts and regions, each team's
 * VPCs peered with a shared-services hub of their account, and the rest of the {@code peerings} between random
 * pairs, some pending, temporary, drifted or not made by peerbot. The same sizes give the same organisation.
 */
public final class GeneratedNetwork {
    private static final String[] TEAMS = {"billing", "search", "checkout", "payments", "auth", "ledger", "mail",
        "media", "reports", "api", "web", "ml", "etl", "crm", "ops"};
    private static final String[] STAGES = {"prod", "staging", "dev"};
    private static final String[] REGIONS = {"eu-west-1", "us-east-1", "ap-southeast-2"};

    private GeneratedNetwork() {
    }

    public static NetworkMap of(int vpcs, int peerings) {
        Random random = new Random(vpcs * 31L + peerings);
        int accounts = Math.max(1, vpcs / 25);
        List<MapVpc> all = new ArrayList<>();
        for (int i = 0; i < vpcs; i++) {
            String account = String.format("%012d", 100_000_000_000L + (i % accounts) * 1_111_111L);
            Location location = new Location(account, REGIONS[(i / accounts) % REGIONS.length]);
            String name = i < accounts ? "shared-" + (i + 1)
                    : TEAMS[i % TEAMS.length] + "-" + STAGES[(i / TEAMS.length) % STAGES.length] + "-" + i;
            String owner = "U" + String.format("%07d", i % 40);
            all.add(new MapVpc(String.format("vpc-%017x", 0xa000L + i), Optional.of(name), location,
                    List.of(Cidr.parse("10." + (i / 256) + "." + (i % 256) + ".0/24")),
                    List.of(TEAMS[i % TEAMS.length] + "-team@example.com"), Set.of(owner), true));
        }
        List<MapPeering> made = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (int i = accounts; i < vpcs && made.size() < peerings; i++) {
            add(made, pairs, all.get(i % accounts), all.get(i), random);
        }
        while (made.size() < peerings && made.size() < vpcs * (vpcs - 1) / 2) {
            add(made, pairs, all.get(random.nextInt(vpcs)), all.get(random.nextInt(vpcs)), random);
        }
        return new NetworkMap(all, made);
    }

    private static void add(List<MapPeering> made, Set<String> pairs, MapVpc a, MapVpc b, Random random) {
        if (a.id().equals(b.id()) || !pairs.add(a.id().compareTo(b.id()) < 0 ? a.id() + b.id() : b.id() + a.id())) {
            return;
        }
        int roll = random.nextInt(100);
        PeeringStatus status = roll < 6 ? PeeringStatus.PENDING_ACCEPTANCE : PeeringStatus.ACTIVE;
        boolean managed = roll >= 12;
        Optional<Instant> until = roll >= 12 && roll < 18 ? Optional.of(Instant.parse("2026-12-24T12:00:00Z"))
                : Optional.empty();
        Drift drift = roll >= 18 && roll < 21 ? Drift.DRIFTED : Drift.UNKNOWN;
        List<PortRange> ports = managed ? List.of(PortRange.tcp(new int[] {443, 5432, 6379, 8080}[roll % 4]))
                : List.of();
        made.add(new MapPeering(String.format("pcx-%017x", 0xb000L + made.size()), a.id(), b.id(), status, managed,
                ports, until, drift));
    }
}
