package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.lease.LeaseGuardedGateways;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.LeaseLost;
import io.peerbot.application.lease.LeaseSettings;
import io.peerbot.application.lease.SharedLeases;
import io.peerbot.application.port.Caller;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.watch.MovingClock;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A replica that lost a peering's apply lease makes no more writes for it; everything else goes on. */
class LeaseGuardedGatewaysTest {
    private static final LeaseSettings TIMES = LeaseSettings.defaults();
    private static final String PCX = "pcx-0a1b2c3d";

    private final VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").cidr("10.0.0.0/16").build();
    private final VpcSnapshot db = Vpcs.vpc("vpc-0bbb0002").cidr("10.1.0.0/16").build();
    private final InMemoryEc2 ec2 = new InMemoryEc2(Vpcs.HERE, app, db);
    private final MovingClock clock = new MovingClock(Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"),
            ZoneOffset.UTC));
    private final SharedLeases table = new SharedLeases(clock);
    private final LeaseKeeper here = new LeaseKeeper(table, TIMES, clock, clock::advance);
    private final LeaseGuardedGateways guarded = new LeaseGuardedGateways(ec2, here);

    @Test
    void writesForAPeeringWhoseApplyLeaseWasLostAreRefusedBeforeTheyAreMade() {
        ec2.connect(PCX, app.id(), db.id(), PeeringStatus.PENDING_ACCEPTANCE);
        ec2.connect("pcx-0f0f0f0f", db.id(), app.id(), PeeringStatus.PENDING_ACCEPTANCE);
        here.tryKeep("apply/" + PCX).orElseThrow();
        Ec2Gateway forTheChange = guarded.at(Vpcs.HERE, Caller.of("U0BOB", PCX));
        forTheChange.acceptPeering(PCX);
        int writes = ec2.writes().size();

        clock.advance(TIMES.ttl());
        table.tryAcquire("apply/" + PCX, TIMES.ttl()).orElseThrow();

        assertThatThrownBy(() -> forTheChange.allowRemoteDnsResolution(PCX)).isInstanceOf(LeaseLost.class);
        assertThatThrownBy(() -> guarded.at(Vpcs.HERE).tagPeering(PCX, Map.of("peerbot:state", "applied")))
                .as("the record of that peering").isInstanceOf(LeaseLost.class);
        assertThat(ec2.writes()).hasSize(writes);
        assertThat(forTheChange.peering(PCX)).as("reads go on").isPresent();
        guarded.at(Vpcs.HERE, Caller.of("U0BOB", "pcx-0f0f0f0f")).rejectPeering("pcx-0f0f0f0f");
        assertThat(ec2.writes()).as("another peering's writes go on").hasSize(writes + 1);
    }
}
