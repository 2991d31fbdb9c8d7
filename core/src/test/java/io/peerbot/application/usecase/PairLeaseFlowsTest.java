package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.drift.ReadPace;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.LeaseSettings;
import io.peerbot.application.lease.SharedLeases;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Leases;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.validation.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A request for two VPCs on a replica whose store of leases (shared with the other replicas) fails for a moment:
 * the pair is never left claimed by a request that is over, and a peering created is never told as not made.
 */
class PairLeaseFlowsTest {
    private static final String ALICE = "U0ALICE";
    private static final String CHANNEL = "C0PLATFORM";
    private static final String REQUEST = "app-vpc db-vpc --ports tcp:5432";

    private final VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").name("app-vpc").tag("peerbot:owner", "U0APPOWN")
            .cidr("10.0.0.0/16").subnet("subnet-0aaa0001", "10.0.1.0/24").build();
    private final VpcSnapshot db = Vpcs.vpc("vpc-0bbb0002").name("db-vpc").tag("peerbot:owner", "U0DBOWN")
            .cidr("10.1.0.0/16").subnet("subnet-0bbb0002", "10.1.1.0/24").build();
    private final InMemoryEc2 ec2 = new InMemoryEc2(Vpcs.HERE, app, db);
    private final InMemoryPeerings peerings = new InMemoryPeerings(ec2);
    private final RecordingChat chat = new RecordingChat();
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);
    private final FlakyPairLeases leases = new FlakyPairLeases(new SharedLeases(clock));
    private final UseCases bot = UseCases.assemble(ec2, peerings, new PeeringEngine(ec2), chat,
            Unused.ownersFile(), Unused.directory(), Unused.remoteCommands(), Runnable::run,
            new Policies(Set.of(), Set.of(), List.of(), Duration.ofMinutes(5), Duration.ofSeconds(10), clock),
            Unused.painter(), Guardrails.none(), List.of(),
            ReadPace.sleeping(UseCases.DRIFT_READS_PER_SECOND, UseCases.DRIFT_READ_BURST),
            new LeaseKeeper(leases, LeaseSettings.defaults(), clock));

    @Test
    void aRequestWhosePairCouldNotBeClaimedForAMomentCanBeAskedAgain() {
        leases.failNextClaim.set(true);
        bot.commands().onCommand(new Actor(ALICE, CHANNEL), REQUEST);
        assertThat(chat.toldPrivately(ALICE)).as("told it could not be done").singleElement()
                .isInstanceOfSatisfying(Notice.ProposalRefused.class,
                        refused -> assertThat(refused.why()).isInstanceOf(Notice.CouldNotFinish.class));

        bot.commands().onCommand(new Actor(ALICE, CHANNEL), REQUEST);

        assertThat(chat.all(Notice.Rejected.class)).flatMap(Notice.Rejected::reasons).as("not refused as underway")
                .noneMatch(Rejection.RequestUnderway.class::isInstance);
        assertThat(ec2.writes()).filteredOn("CreateVpcPeeringConnection"::equals).hasSize(1);
    }

    @Test
    void aPeeringCreatedWhileItsPairsLeaseCannotBeHeldOnIsShownAsRequested() {
        leases.failRenewals.set(true);

        bot.commands().onCommand(new Actor(ALICE, CHANNEL), REQUEST);

        assertThat(ec2.writes()).filteredOn("CreateVpcPeeringConnection"::equals).hasSize(1);
        assertThat(chat.all(Notice.RequestNotMade.class)).isEmpty();
        assertThat(chat.said()).as("the card shows the request").last().satisfies(said -> {
            assertThat(said.how()).isEqualTo("update");
            assertThat(said.notice()).isInstanceOf(Notice.ChangeCard.class);
        });
    }

    /** The leases on pairs of VPCs, when the store throttles their claims or renewals. */
    private static final class FlakyPairLeases implements Leases {
        final AtomicBoolean failNextClaim = new AtomicBoolean();
        final AtomicBoolean failRenewals = new AtomicBoolean();
        private final Leases store;

        FlakyPairLeases(Leases store) {
            this.store = store;
        }

        @Override
        public Optional<Lease> tryAcquire(String key, Duration ttl) {
            if (!key.startsWith("pair/")) {
                return store.tryAcquire(key, ttl);
            }
            if (failNextClaim.getAndSet(false)) {
                throw throttled();
            }
            return store.tryAcquire(key, ttl).map(this::flaky);
        }

        private Lease flaky(Lease lease) {
            return new Lease() {
                @Override
                public String key() {
                    return lease.key();
                }

                @Override
                public boolean renew(Duration ttl) {
                    if (failRenewals.get()) {
                        throw throttled();
                    }
                    return lease.renew(ttl);
                }

                @Override
                public void close() {
                    lease.close();
                }
            };
        }

        @Override
        public boolean shared() {
            return true;
        }

        private static CloudException throttled() {
            return new CloudException("PutItem", "ThrottlingException", "Rate exceeded", null);
        }
    }
}
