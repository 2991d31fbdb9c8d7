package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.lifecycle.OwnerLookup;
import io.peerbot.application.map.NetworkReader;
import io.peerbot.application.map.ShowHome;
import io.peerbot.application.map.ShowMap;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.HomeTab;
import io.peerbot.application.port.MapPicture;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.map.MapScope;
import io.peerbot.domain.map.MapView;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.validation.Rejection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShowMapTest {
    private static final Location HOME = new Location("111122223333", "eu-west-1");
    private static final Actor ERIN = new Actor("U0ERIN", "C0NET");

    private final RecordingChat chat = new RecordingChat();
    private final List<MapView> painted = new ArrayList<>();

    private static VpcSnapshot vpc(int n, String owner) {
        return new VpcSnapshot(String.format("vpc-%08x", n), HOME, Map.of("Name", "vpc" + n, "peerbot:owner", owner),
                List.of(Cidr.parse("10." + (n / 250) + "." + (n % 250) + ".0/24")), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private ShowMap showMap(InMemoryEc2 ec2) {
        return new ShowMap(reader(ec2), ec2, view -> {
            painted.add(view);
            return new MapPicture(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 10, 10);
        }, chat);
    }

    private NetworkReader reader(InMemoryEc2 ec2) {
        return new NetworkReader(ec2, List.of(HOME), new InMemoryPeerings(ec2),
                new OwnerLookup(Unused.ownersFile(), Unused.directory(), Duration.ofMinutes(1)), Unused.ownersFile());
    }

    @Test
    void withNoVpcVisibleTheAskerIsToldWhereTheBotLookedAndNothingIsShared() {
        showMap(new InMemoryEc2(HOME)).show(ERIN, new MapScope.Everything());

        assertThat(chat.toldPrivately(ERIN.userId())).singleElement().isInstanceOfSatisfying(Notice.MapNotDrawn.class,
                n -> {
                    assertThat(n.why()).isEqualTo(Notice.MapNotDrawn.Why.NO_VPCS);
                    assertThat(n.searched()).containsExactly(HOME);
                });
        assertThat(painted).isEmpty();
        assertThat(chat.all(Notice.MapShown.class)).isEmpty();
    }

    @Test
    void moreVpcsThanOnePictureShowsAreRefusedPrivately() {
        VpcSnapshot[] many = new VpcSnapshot[ShowMap.MAX_VPCS + 1];
        for (int i = 0; i < many.length; i++) {
            many[i] = vpc(i + 1, "U0OWNER");
        }
        showMap(new InMemoryEc2(HOME, many)).show(ERIN, new MapScope.Everything());

        assertThat(chat.toldPrivately(ERIN.userId())).singleElement().isInstanceOfSatisfying(Notice.MapNotDrawn.class,
                n -> {
                    assertThat(n.why()).isEqualTo(Notice.MapNotDrawn.Why.TOO_MANY);
                    assertThat(n.vpcs()).isEqualTo(ShowMap.MAX_VPCS + 1);
                });
        assertThat(painted).isEmpty();
    }

    @Test
    void anUnknownVpcGetsCandidatesAndAnAccountWithNoVpcIsNamed() {
        InMemoryEc2 ec2 = new InMemoryEc2(HOME, vpc(1, "U0A"), vpc(2, "U0B"));
        showMap(ec2).show(ERIN, new MapScope.OfVpc(VpcRef.parse("vpc")));
        showMap(ec2).show(ERIN, new MapScope.OfAccount("999988887777"));

        List<Notice> told = chat.toldPrivately(ERIN.userId());
        assertThat(told.get(0)).isInstanceOfSatisfying(Notice.Rejected.class, r ->
                assertThat(r.reasons()).singleElement().isInstanceOfSatisfying(Rejection.UnknownVpc.class,
                        u -> assertThat(u.candidates()).hasSize(2)));
        assertThat(told.get(1)).isInstanceOfSatisfying(Notice.MapNotDrawn.class,
                n -> assertThat(n.why()).isEqualTo(Notice.MapNotDrawn.Why.UNKNOWN_ACCOUNT));
        assertThat(painted).isEmpty();
    }

    @Test
    void aMapAroundAVpcIsDrawnWithItsNeighboursAndReadOncePerPlace() {
        InMemoryEc2 ec2 = new InMemoryEc2(HOME, vpc(1, "U0A"), vpc(2, "U0B"), vpc(3, "U0C"));
        ec2.connect("pcx-00000001", "vpc-00000001", "vpc-00000002", PeeringStatus.ACTIVE);
        ec2.connect("pcx-00000002", "vpc-00000002", "vpc-00000003", PeeringStatus.ACTIVE);

        showMap(ec2).show(ERIN, new MapScope.OfVpc(VpcRef.parse("vpc1")));

        assertThat(painted).singleElement().satisfies(view -> {
            assertThat(view.focus()).map(v -> v.id()).contains("vpc-00000001");
            assertThat(view.warnings()).singleElement().satisfies(w -> assertThat(w.hub().id())
                    .isEqualTo("vpc-00000002"));
        });
        assertThat(chat.all(Notice.MapShown.class)).singleElement()
                .satisfies(shown -> assertThat(shown.requestedBy()).isEqualTo(ERIN.userId()));
        assertThat(ec2.calls()).containsExactly("DescribeVpcs", "DescribeVpcPeeringConnections");
    }

    @Test
    void theHomeTabShowsThePictureAndTheLookersOwnVpcs() {
        InMemoryEc2 ec2 = new InMemoryEc2(HOME, vpc(1, "U0A"), vpc(2, "U0B"));
        ec2.connect("pcx-00000001", "vpc-00000001", "vpc-00000002", PeeringStatus.ACTIVE);
        ShowHome home = new ShowHome(reader(ec2), view -> new MapPicture(new byte[] {1}, 1, 1), chat);

        home.opened("U0A");

        assertThat(chat.homes()).singleElement().satisfies(tab -> {
            assertThat(tab.userId()).isEqualTo("U0A");
            assertThat(tab.picture()).isPresent();
            assertThat(tab.owned()).singleElement()
                    .satisfies(v -> assertThat(v.focus()).map(f -> f.id()).contains("vpc-00000001"));
        });
    }
}
