package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.lifecycle.OwnerLookup;
import io.peerbot.application.map.NetworkReader;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.drift.ApprovedScope;
import io.peerbot.domain.drift.DriftMemo;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.map.Drift;
import io.peerbot.domain.map.MapPeering;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the map says of a peering the bot made comes from its record, without another look at AWS. */
class NetworkReaderTest {
    private static final PcxId PCX = new PcxId("pcx-0a1b2c3d");
    private static final Instant ASKED = Instant.parse("2026-05-01T12:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-05-08T12:00:00Z");

    private final VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").name("app-vpc").tag("peerbot:owner", "U0ALICE")
            .cidr("10.0.0.0/16").build();
    private final VpcSnapshot db = Vpcs.vpc("vpc-0bbb0002").name("db-vpc").tag("peerbot:owner", "U0BOB")
            .cidr("10.1.0.0/16").build();
    private final InMemoryEc2 ec2 = new InMemoryEc2(Vpcs.HERE, app, db);
    private final InMemoryPeerings records = new InMemoryPeerings(ec2);

    @Test
    void aTemporaryPeeringIsShownWithItsEnd() {
        made(ENDS, DriftMemo.NONE);

        assertThat(onlyPeering().until()).contains(ENDS);
        assertThat(onlyPeering().temporary()).isTrue();
    }

    @Test
    void aPermanentPeeringHasNoEnd() {
        made(null, DriftMemo.NONE);

        assertThat(onlyPeering().until()).isEmpty();
    }

    @Test
    void driftIsWhatTheWatchLeftOnTheRecord() {
        ApprovedScope scope = new ApprovedScope(new ApprovedScope.SideScope(Set.of("rtb-0aaa0001"), Set.of(),
                Set.of()), ApprovedScope.SideScope.EMPTY);
        made(null, DriftMemo.NONE);
        assertThat(onlyPeering().drift()).as("not looked at yet").isEqualTo(Drift.UNKNOWN);

        made(null, new DriftMemo(scope, Set.of(), Map.of()));
        assertThat(onlyPeering().drift()).as("looked at, nothing found").isEqualTo(Drift.NONE);

        made(null, new DriftMemo(scope, Set.of("f1"), Map.of()));
        assertThat(onlyPeering().drift()).as("a finding posted").isEqualTo(Drift.DRIFTED);

        made(null, new DriftMemo(scope, Set.of("f1"), Map.of("f1", "U0ALICE")));
        assertThat(onlyPeering().drift()).as("the finding dismissed as intended").isEqualTo(Drift.NONE);
    }

    @Test
    void aPeeringTheBotDidNotMakeHasNeitherEndNorDrift() {
        ec2.connect(PCX.value(), app.id(), db.id(), PeeringStatus.ACTIVE);

        assertThat(onlyPeering().managed()).isFalse();
        assertThat(onlyPeering().until()).isEmpty();
        assertThat(onlyPeering().drift()).isEqualTo(Drift.UNKNOWN);
    }

    private void made(Instant endsAt, DriftMemo memo) {
        ec2.connect(PCX.value(), app.id(), db.id(), PeeringStatus.ACTIVE);
        Change creation = new Change(ChangeKind.CREATE, PortList.parse("tcp:5432"), "U0ALICE", ASKED, List.of(),
                ChangeState.DONE, null, null, "", endsAt, null);
        records.put(new ManagedPeering(PCX, Vpcs.side(app), Vpcs.side(db), new MessageRef("C0NET", "1.1"),
                new PeeringOptions(PortList.parse("tcp:5432"), List.of(), false, false, "reports"), creation, null,
                memo));
    }

    private MapPeering onlyPeering() {
        NetworkReader reader = new NetworkReader(ec2, List.of(Vpcs.HERE), records,
                new OwnerLookup(Unused.ownersFile(), Unused.directory(), Duration.ofMinutes(1)), Unused.ownersFile());
        List<MapPeering> peerings = reader.read().peerings();
        assertThat(peerings).hasSize(1);
        return peerings.get(0);
    }
}
