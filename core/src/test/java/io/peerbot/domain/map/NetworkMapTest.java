package io.peerbot.domain.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkMapTest {
    private static final Location HOME = new Location("111122223333", "eu-west-1");
    private static final Location OTHER = new Location("444455556666", "eu-west-1");

    private static MapVpc vpc(String id, String name, Location where, String... owners) {
        return new MapVpc(id, Optional.of(name), where, List.of(Cidr.parse("10.0.0.0/16")), List.of(owners),
                Set.of(owners), true);
    }

    private static MapPeering active(String id, String a, String b) {
        return new MapPeering(id, a, b, PeeringStatus.ACTIVE, true, List.of(PortRange.tcp(5432)), Optional.empty(),
                Drift.UNKNOWN);
    }

    private static MapPeering pending(String id, String a, String b) {
        return new MapPeering(id, a, b, PeeringStatus.PENDING_ACCEPTANCE, true, List.of(), Optional.empty(),
                Drift.UNKNOWN);
    }

    /** app - hub - db, hub - logs, app - logs (app reaches logs itself), ops (pending with app), other account. */
    private final NetworkMap map = new NetworkMap(
            List.of(vpc("vpc-0000000a", "app", HOME, "U1"), vpc("vpc-0000000b", "hub", HOME), vpc("vpc-0000000d", "db", OTHER, "U2"),
                    vpc("vpc-0000000c", "logs", HOME), vpc("vpc-0000000e", "ops", HOME), vpc("vpc-0000000f", "lonely", OTHER)),
            List.of(active("pcx-1", "vpc-0000000a", "vpc-0000000b"), active("pcx-2", "vpc-0000000b", "vpc-0000000d"),
                    active("pcx-3", "vpc-0000000b", "vpc-0000000c"), active("pcx-4", "vpc-0000000a", "vpc-0000000c"),
                    pending("pcx-5", "vpc-0000000e", "vpc-0000000a")));

    @Test
    void aVpcReachesOnlyWhatItIsActivelyPeeredWith() {
        assertThat(map.reachedFrom("vpc-0000000a")).containsExactlyInAnyOrder("vpc-0000000b", "vpc-0000000c");
        assertThat(map.reaches("vpc-0000000a", "vpc-0000000d")).isFalse();
        assertThat(map.reaches("vpc-0000000a", "vpc-0000000e")).as("pending is not yet a path").isFalse();
    }

    @Test
    void aMapAroundAVpcWarnsOfThePathPeopleAssumeThroughAHub() {
        MapView view = map.around("vpc-0000000a");

        assertThat(view.focus()).map(MapVpc::id).contains("vpc-0000000a");
        assertThat(view.roleOf("vpc-0000000a")).isEqualTo(Role.FOCUS);
        assertThat(view.roleOf("vpc-0000000b")).isEqualTo(Role.REACHED);
        assertThat(view.roleOf("vpc-0000000c")).isEqualTo(Role.REACHED);
        assertThat(view.roleOf("vpc-0000000e")).as("asked for, not yet active").isEqualTo(Role.PLAIN);
        assertThat(view.roleOf("vpc-0000000d")).isEqualTo(Role.NOT_REACHED);
        assertThat(view.warnings()).singleElement().satisfies(w -> {
            assertThat(w.from().id()).isEqualTo("vpc-0000000a");
            assertThat(w.hub().id()).isEqualTo("vpc-0000000b");
            assertThat(w.notReached()).extracting(MapVpc::id).containsExactly("vpc-0000000d");
        });
        assertThat(view.vpcs()).extracting(MapVpc::id).doesNotContain("vpc-0000000f");
        assertThat(view.peerings()).extracting(MapPeering::id)
                .containsExactlyInAnyOrder("pcx-1", "pcx-2", "pcx-4", "pcx-5");
    }

    @Test
    void aVpcPeeredWithEveryoneItsHubReachesHasNoWarning() {
        NetworkMap meshed = new NetworkMap(map.vpcs(), List.of(active("pcx-1", "vpc-0000000a", "vpc-0000000b"),
                active("pcx-2", "vpc-0000000b", "vpc-0000000d"), active("pcx-3", "vpc-0000000a", "vpc-0000000d")));

        assertThat(meshed.around("vpc-0000000a").warnings()).isEmpty();
        assertThat(meshed.hubs()).isEmpty();
    }

    @Test
    void hubsAreVpcsWhosePeersDoNotReachEachOther() {
        assertThat(map.hubs()).singleElement().satisfies(h -> {
            assertThat(h.vpc().id()).isEqualTo("vpc-0000000b");
            assertThat(h.peers()).isEqualTo(3);
            assertThat(h.unlinkedPairs()).as("app-db and db-logs; app-logs are peered").isEqualTo(2);
        });
        assertThat(map.everything().isHub("vpc-0000000b")).isTrue();
    }

    @Test
    void anAccountsMapHasItsVpcsAndTheirPeersElsewhere() {
        MapView view = map.ofAccount("444455556666");

        assertThat(view.account()).contains("444455556666");
        assertThat(view.vpcs()).extracting(MapVpc::id).containsExactlyInAnyOrder("vpc-0000000d", "vpc-0000000f", "vpc-0000000b");
        assertThat(view.peerings()).extracting(MapPeering::id).containsExactly("pcx-2");
    }

    @Test
    void referencesFindVpcsByIdOrNameWithinTheirQualifiers() {
        assertThat(map.find(VpcRef.parse("db"))).extracting(MapVpc::id).containsExactly("vpc-0000000d");
        assertThat(map.find(VpcRef.parse("vpc-0000000d"))).extracting(MapVpc::id).containsExactly("vpc-0000000d");
        assertThat(map.find(VpcRef.parse("111122223333:db"))).isEmpty();
        assertThat(map.find(VpcRef.parse("nothing"))).isEmpty();
        assertThat(map.hasAccount("444455556666")).isTrue();
        assertThat(map.hasAccount("999999999999")).isFalse();
    }

    @Test
    void ownersSeeTheirOwnVpcs() {
        assertThat(map.ownedBy("U2")).extracting(MapVpc::id).containsExactly("vpc-0000000d");
        assertThat(map.ownedBy("U9")).isEmpty();
    }

    @Test
    void aPeeringToAVpcNotOnTheMapIsRefused() {
        assertThatThrownBy(() -> new NetworkMap(List.of(vpc("vpc-0000000a", "app", HOME)),
                List.of(active("pcx-1", "vpc-0000000a", "vpc-00000009")))).hasMessageContaining("pcx-1");
    }
}
