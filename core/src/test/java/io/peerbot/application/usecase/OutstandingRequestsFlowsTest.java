package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.drift.ReadPace;
import io.peerbot.application.engine.EngineSettings;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.LeaseSettings;
import io.peerbot.application.lease.SharedLeases;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Leases;
import io.peerbot.application.port.Notice;
import io.peerbot.application.request.RequestTurns;
import io.peerbot.application.request.RequestsMadeHere;
import io.peerbot.application.port.RequestsJustMade;
import io.peerbot.application.watch.MovingClock;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.validation.Quotas;
import io.peerbot.domain.validation.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An account's outstanding peering requests against its quota: every refusal names the plan or request it answers,
 * and two requests from one account at once, on two replicas, cannot both take its last slot.
 */
class OutstandingRequestsFlowsTest {
    private static final String ALICE = "U0ALICE";
    private static final String BOB = "U0BOB";
    private static final String APP_OWNER = "U0APPOWN";
    private static final String DB_OWNER = "U0DBOWN";
    private static final String CHANNEL = "C0PLATFORM";
    /** One request outstanding already, of two allowed: one slot left. */
    private static final Quotas TWO_OUTSTANDING = Quotas.awsDefaults().withOverrides("outstanding-requests=2");

    private final VpcSnapshot app = vpc("vpc-0aaa0001", "app-vpc", APP_OWNER, "10.0.0.0/16");
    private final VpcSnapshot db = vpc("vpc-0bbb0002", "db-vpc", DB_OWNER, "10.1.0.0/16");
    private final VpcSnapshot web = vpc("vpc-0ccc0003", "web-vpc", APP_OWNER, "10.2.0.0/16");
    private final VpcSnapshot cache = vpc("vpc-0ddd0004", "cache-vpc", DB_OWNER, "10.3.0.0/16");
    private final VpcSnapshot legacy = vpc("vpc-0eee0005", "legacy-vpc", APP_OWNER, "10.4.0.0/16");
    private final InMemoryEc2 ec2 = new InMemoryEc2(Vpcs.HERE, app, db, web, cache, legacy);
    private final InMemoryPeerings peerings = new InMemoryPeerings(ec2);
    private final RecordingChat chat = new RecordingChat();

    OutstandingRequestsFlowsTest() {
        ec2.connect("pcx-0f0f0f0f", legacy.id(), db.id(), PeeringStatus.PENDING_ACCEPTANCE);
    }

    private static VpcSnapshot vpc(String id, String name, String owner, String cidr) {
        return Vpcs.vpc(id).name(name).tag("peerbot:owner", owner).cidr(cidr)
                .subnet("subnet-" + id.substring(4), cidr.replace(".0.0/16", ".1.0/24")).build();
    }

    private UseCases replica(LeaseKeeper leases, Clock clock) {
        return replica(leases, clock, new RequestsMadeHere());
    }

    private UseCases replica(LeaseKeeper leases, Clock clock, RequestsJustMade justMade) {
        return UseCases.assemble(ec2, peerings, new PeeringEngine(ec2,
                        EngineSettings.defaults().withQuotas(TWO_OUTSTANDING)), chat, Unused.ownersFile(),
                Unused.directory(), Unused.remoteCommands(), Runnable::run, new Policies(Set.of(), Set.of(),
                        List.of(), Duration.ofMinutes(5), Duration.ofSeconds(10), clock), Unused.painter(),
                Guardrails.none(), List.of(),
                ReadPace.sleeping(UseCases.DRIFT_READS_PER_SECOND, UseCases.DRIFT_READ_BURST), leases, justMade);
    }

    @Test
    void twoRequestsFromOneAccountAtOnceOnTwoReplicasTakeItsLastSlotOnce() throws InterruptedException {
        Leases table = new SharedLeases(Clock.systemUTC());
        UseCases one = replica(new LeaseKeeper(table, LeaseSettings.defaults(), Clock.systemUTC()), Clock.systemUTC());
        UseCases two = replica(new LeaseKeeper(table, LeaseSettings.defaults(), Clock.systemUTC()), Clock.systemUTC());
        // both requests' checks have counted the outstanding requests (read them) before either creates one
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        AtomicInteger counts = new AtomicInteger();
        ec2.afterCountingRequests(() -> {
            if (counts.incrementAndGet() <= 2) {
                try {
                    bothChecked.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the two checks did not meet", e);
                }
            }
        });

        Thread alice = new Thread(() -> one.commands().onCommand(new Actor(ALICE, CHANNEL),
                "app-vpc db-vpc --ports tcp:5432"));
        Thread bob = new Thread(() -> two.commands().onCommand(new Actor(BOB, CHANNEL),
                "web-vpc cache-vpc --ports tcp:6379"));
        alice.start();
        bob.start();
        alice.join(30_000);
        bob.join(30_000);

        assertThat(counts).as("both checks counted, then each turn counted again").hasValueGreaterThan(2);
        assertThat(ec2.writes()).filteredOn("CreateVpcPeeringConnection"::equals).hasSize(1);
        List<PeeringConnection> pending = ec2.outstandingRequestsMade();
        assertThat(pending).as("the limit of two held").hasSize(2);
        boolean aliceWon = pending.stream().anyMatch(p -> p.requester().vpcId().equals(app.id()));
        String loser = aliceWon ? BOB : ALICE;
        String winner = aliceWon ? ALICE : BOB;
        VpcRef[] loserPair = aliceWon ? new VpcRef[] {VpcRef.parse("web-vpc"), VpcRef.parse("cache-vpc")}
                : new VpcRef[] {VpcRef.parse("app-vpc"), VpcRef.parse("db-vpc")};
        assertThat(chat.toldPrivately(winner)).isEmpty();
        assertThat(chat.toldPrivately(loser)).singleElement().isInstanceOfSatisfying(Notice.ProposalRefused.class,
                refused -> {
                    assertThat(refused.proposed()).isEqualTo(new Notice.Proposed(Notice.Proposed.Kind.REQUEST,
                            loserPair[0], loserPair[1]));
                    assertThat(refused.why()).isEqualTo(new Notice.Rejected(List.of(new Rejection.QuotaReached(
                            "outstanding peering requests", Vpcs.HERE.account(), 2, 2, 1))));
                });
        assertThat(chat.all(Notice.Preparing.class)).as("a card for each request").hasSize(2);
        assertThat(chat.said()).as("the refused one's card says why").anySatisfy(said -> {
            assertThat(said.how()).isEqualTo("update");
            assertThat(said.notice()).isInstanceOfSatisfying(Notice.RequestNotMade.class, notMade ->
                    assertThat(notMade.why()).isEqualTo(new Notice.Rejected(List.of(new Rejection.QuotaReached(
                            "outstanding peering requests", Vpcs.HERE.account(), 2, 2, 1)))));
        });
    }

    @Test
    void aRequestMadeAMomentAgoThatEc2DoesNotListYetStillTakesItsSlot() {
        UseCases one = replica(LeaseKeeper.local(Clock.systemUTC()), Clock.systemUTC());

        theSecondRequestIsOverTheQuotaWhileEc2DoesNotListTheFirst(one, one);
    }

    @Test
    void aRequestAnotherReplicaMadeAMomentAgoThatEc2DoesNotListYetStillTakesItsSlot() {
        Leases table = new SharedLeases(Clock.systemUTC());
        RequestsJustMade shared = new RequestsMadeHere();
        UseCases one = replica(new LeaseKeeper(table, LeaseSettings.defaults(), Clock.systemUTC()), Clock.systemUTC(),
                shared);
        UseCases two = replica(new LeaseKeeper(table, LeaseSettings.defaults(), Clock.systemUTC()), Clock.systemUTC(),
                shared);

        theSecondRequestIsOverTheQuotaWhileEc2DoesNotListTheFirst(one, two);
    }

    /** Alice's request on {@code first}, then Bob's on {@code second}, with one slot left and EC2 listing late. */
    private void theSecondRequestIsOverTheQuotaWhileEc2DoesNotListTheFirst(UseCases first, UseCases second) {
        ec2.listsNewRequestsLate();

        first.commands().onCommand(new Actor(ALICE, CHANNEL), "app-vpc db-vpc --ports tcp:5432");
        int afterFirst = ec2.writes().size();
        second.commands().onCommand(new Actor(BOB, CHANNEL), "web-vpc cache-vpc --ports tcp:6379");

        assertThat(ec2.outstandingRequestsMade()).as("the first is not listed yet").hasSize(1);
        assertThat(ec2.writes()).filteredOn("CreateVpcPeeringConnection"::equals).hasSize(1);
        assertThat(ec2.writes().subList(afterFirst, ec2.writes().size())).as("nothing written for the second")
                .doesNotContain("CreateVpcPeeringConnection");
        assertThat(chat.toldPrivately(BOB)).singleElement().isEqualTo(new Notice.ProposalRefused(
                new Notice.Proposed(Notice.Proposed.Kind.REQUEST, VpcRef.parse("web-vpc"), VpcRef.parse("cache-vpc")),
                new Notice.Rejected(List.of(new Rejection.QuotaReached("outstanding peering requests",
                        Vpcs.HERE.account(), 2, 2, 1)))));
    }

    @Test
    void aRequestThatDoesNotGetItsAccountsTurnInTimeIsToldSoNamingItsPairAndNothingIsCreated() {
        MovingClock clock = new MovingClock(Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC));
        Leases table = new SharedLeases(clock);
        LeaseSettings times = LeaseSettings.defaults();
        UseCases one = replica(new LeaseKeeper(table, times, clock, clock::advance), clock);
        // another replica is counting and creating for the same account and region, and does not finish in time
        table.tryAcquire("requests/" + Vpcs.HERE.account() + ":" + Vpcs.HERE.region(), Duration.ofHours(1))
                .orElseThrow();
        Instant asked = clock.instant();

        one.commands().onCommand(new Actor(ALICE, CHANNEL), "app-vpc db-vpc --ports tcp:5432");

        assertThat(chat.toldPrivately(ALICE)).singleElement().isEqualTo(new Notice.ProposalRefused(
                new Notice.Proposed(Notice.Proposed.Kind.REQUEST, VpcRef.parse("app-vpc"), VpcRef.parse("db-vpc")),
                new Notice.RequestsBusy(Vpcs.HERE)));
        assertThat(Duration.between(asked, clock.instant())).as("waited its turn's wait, no longer")
                .isBetween(RequestTurns.turnWait(times), RequestTurns.turnWait(times).plus(times.pollEvery()));
        assertThat(ec2.writes()).doesNotContain("CreateVpcPeeringConnection");
        assertThat(chat.said()).as("its card says the account was busy").anySatisfy(said -> {
            assertThat(said.how()).isEqualTo("update");
            assertThat(said.notice()).isInstanceOfSatisfying(Notice.RequestNotMade.class, notMade -> {
                assertThat(notMade.request().requestedBy()).isEqualTo(ALICE);
                assertThat(notMade.why()).isEqualTo(new Notice.RequestsBusy(Vpcs.HERE));
            });
        });
    }

    @Test
    void aPlanAndARequestOverTheQuotaAreRefusedEachNamingItself() {
        ec2.connect("pcx-0f0f0f10", legacy.id(), cache.id(), PeeringStatus.PENDING_ACCEPTANCE);
        UseCases one = replica(LeaseKeeper.local(Clock.systemUTC()), Clock.systemUTC());

        one.commands().onCommand(new Actor(ALICE, CHANNEL), "plan app-vpc db-vpc --ports tcp:5432");
        one.commands().onCommand(new Actor(ALICE, CHANNEL), "111122223333:web-vpc cache-vpc --ports tcp:6379");

        Rejection overQuota = new Rejection.QuotaReached("outstanding peering requests", Vpcs.HERE.account(), 2, 2, 1);
        assertThat(chat.toldPrivately(ALICE)).containsExactly(
                new Notice.ProposalRefused(new Notice.Proposed(Notice.Proposed.Kind.PLAN, VpcRef.parse("app-vpc"),
                        VpcRef.parse("db-vpc")), new Notice.Rejected(List.of(overQuota))),
                new Notice.ProposalRefused(new Notice.Proposed(Notice.Proposed.Kind.REQUEST,
                        VpcRef.parse("111122223333:web-vpc"), VpcRef.parse("cache-vpc")),
                        new Notice.Rejected(List.of(overQuota))));
        assertThat(ec2.writes()).doesNotContain("CreateVpcPeeringConnection");
    }

    @Test
    void aCountThatFailsInTheAccountsTurnLeavesNoCardWaitingAndNothingCreated() {
        MovingClock clock = new MovingClock(Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC));
        UseCases one = replica(new LeaseKeeper(new SharedLeases(clock), LeaseSettings.defaults(), clock,
                clock::advance), clock);
        AtomicInteger counts = new AtomicInteger();
        // the checks count first; the count in the turn is the second
        ec2.beforeCountingRequests(() -> {
            if (counts.incrementAndGet() == 2) {
                throw new CloudException("DescribeVpcPeeringConnections", "InternalError", "EC2 had a problem",
                        null);
            }
        });

        one.commands().onCommand(new Actor(ALICE, CHANNEL), "app-vpc db-vpc --ports tcp:5432");

        assertThat(counts).hasValue(2);
        assertThat(chat.said()).as("the card says the request was not made").anySatisfy(said -> {
            assertThat(said.how()).isEqualTo("update");
            assertThat(said.notice()).isInstanceOfSatisfying(Notice.RequestNotMade.class,
                    notMade -> assertThat(notMade.why()).isInstanceOf(Notice.CreationFailed.class));
        });
        assertThat(chat.toldPrivately(ALICE)).as("the asker is told").isNotEmpty();
        assertThat(ec2.writes()).doesNotContain("CreateVpcPeeringConnection");
    }
}
