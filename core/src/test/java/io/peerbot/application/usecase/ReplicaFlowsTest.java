package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.drift.ReadPace;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.LeaseSettings;
import io.peerbot.application.lease.SharedLeases;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Leases;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.watch.ManualScheduler;
import io.peerbot.application.watch.MovingClock;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.traffic.PortList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the bot on one EC2 and one store of leases: the decisions and applies of a change happen on one
 * of them, and a change one of them left in progress when it stopped is finished by the other once its lease
 * expired. "Elsewhere" below is a third replica the test plays by holding leases itself.
 */
class ReplicaFlowsTest {
    private static final String ALICE = "U0ALICE";
    private static final String APP_OWNER = "U0APPOWN";
    private static final String DB_OWNER = "U0DBOWN";
    private static final String CHANNEL = "C0PLATFORM";
    private static final PcxId PCX = new PcxId("pcx-0a1b2c3d");
    private static final Instant ASKED = Instant.parse("2026-05-01T12:00:00.123Z");
    private static final LeaseSettings TIMES = LeaseSettings.defaults();

    private final VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").name("app-vpc").tag("peerbot:owner", APP_OWNER)
            .cidr("10.0.0.0/16").subnet("subnet-0aaa0001", "10.0.1.0/24")
            .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001").build();
    private final VpcSnapshot db = Vpcs.vpc("vpc-0bbb0002").name("db-vpc").tag("peerbot:owner", DB_OWNER)
            .cidr("10.1.0.0/16").subnet("subnet-0bbb0002", "10.1.1.0/24")
            .instance("i-0bbb0002", "subnet-0bbb0002", "sg-0bbb0002").build();
    private final InMemoryEc2 ec2 = new InMemoryEc2(Vpcs.HERE, app, db);
    private final InMemoryPeerings peerings = new InMemoryPeerings(ec2);
    private final RecordingChat chat = new RecordingChat();
    private final MovingClock clock = new MovingClock(Clock.fixed(ASKED.plusSeconds(60), ZoneOffset.UTC));
    private final Leases table = new SharedLeases(clock);
    private final LeaseKeeper oneLeases = leases();
    private final UseCases one = replica(peerings, oneLeases);
    private final UseCases two = replica(peerings, leases());
    private int writesBefore;

    private LeaseKeeper leases() {
        return new LeaseKeeper(table, TIMES, clock, clock::advance);
    }

    private UseCases replica(ManagedPeerings records, LeaseKeeper leases) {
        return UseCases.assemble(ec2, records, new PeeringEngine(ec2), chat, Unused.ownersFile(), Unused.directory(),
                Unused.remoteCommands(), Runnable::run, new Policies(Set.of(), Set.of(), List.of(),
                        Duration.ofMinutes(5), Duration.ofSeconds(10), clock), Unused.painter(), Guardrails.none(),
                List.of(), ReadPace.sleeping(UseCases.DRIFT_READS_PER_SECOND, UseCases.DRIFT_READ_BURST), leases);
    }

    @Test
    void approvalsOnTwoReplicasApplyTheChangeOnce() {
        ManagedPeering asked = requested();

        click(one, APP_OWNER, asked, true);
        click(two, DB_OWNER, asked, true);
        click(one, DB_OWNER, asked, true);

        assertThat(ec2.writes()).filteredOn("AcceptVpcPeeringConnection"::equals).hasSize(1);
        assertThat(chat.all(Notice.ChangeDone.class)).hasSize(1);
        assertThat(peerings.get(PCX).creation().state()).isEqualTo(ChangeState.DONE);
    }

    @Test
    void aClickWhileAnotherReplicaDecidesTooLongIsAnsweredThatItWasNotTaken() {
        ManagedPeering asked = requested();
        Leases.Lease deciding = table.tryAcquire("decide/" + PCX.value(), TIMES.ttl()).orElseThrow();

        click(one, APP_OWNER, asked, true);

        assertThat(chat.toldPrivately(APP_OWNER)).singleElement().isEqualTo(new Notice.DecisionUnderway(PCX));
        assertThat(ec2.writes()).isEmpty();
        assertThat(peerings.get(PCX)).isEqualTo(asked);

        deciding.close();
        click(one, APP_OWNER, asked, true);
        assertThat(chat.all(Notice.Approved.class)).as("the same click again is taken").hasSize(1);
    }

    @Test
    void aChangeAnotherReplicaIsApplyingIsLeftToIt() {
        begunOpen();
        table.tryAcquire("apply/" + PCX.value(), TIMES.ttl()).orElseThrow();

        assertThat(one.resume().resume()).isEmpty();
        assertThat(one.replicas().takeOver().run()).isEmpty();

        assertThat(writesSince()).isEmpty();
        assertThat(chat.all(Notice.Resuming.class)).isEmpty();
        assertThat(peerings.get(PCX).later().state()).isEqualTo(ChangeState.APPLYING);
    }

    @Test
    void aChangeLeftByAReplicaThatStoppedIsFinishedByAnotherOnceItsLeaseExpired() {
        begunOpen();
        table.tryAcquire("apply/" + PCX.value(), TIMES.ttl()).orElseThrow();
        clock.advance(TIMES.ttl());

        assertThat(two.replicas().takeOver().run()).containsExactly(PCX);
        assertThat(one.replicas().takeOver().run()).as("nothing left to take over").isEmpty();

        assertThat(chat.all(Notice.TakingOver.class)).singleElement()
                .satisfies(n -> assertThat(n.change().kind()).isEqualTo(ChangeKind.OPEN));
        assertThat(writesSince()).filteredOn("AuthorizeSecurityGroupIngress"::equals).hasSize(1);
        assertThat(peerings.get(PCX).later().state()).isEqualTo(ChangeState.DONE);
        assertThat(chat.all(Notice.ChangeDone.class)).as("the creation's and the open's").hasSize(2);
    }

    @Test
    void aReplicaThatLosesItsApplyLeaseMidwayLeavesTheRecordToTheNewHolder() {
        ManagedPeering asked = requested();
        click(one, APP_OWNER, asked, true);
        AtomicBoolean takenAway = new AtomicBoolean();
        chat.onEach(() -> {
            if (!chat.all(Notice.Active.class).isEmpty() && takenAway.compareAndSet(false, true)) {
                // the replica stalled past its lease, and another took the apply over
                clock.advance(TIMES.ttl());
                table.tryAcquire("apply/" + PCX.value(), TIMES.ttl()).orElseThrow();
            }
        });

        click(one, DB_OWNER, asked, true);

        assertThat(takenAway).isTrue();
        assertThat(peerings.get(PCX).creation().state()).as("not recorded by the replica that lost the lease")
                .isEqualTo(ChangeState.APPLYING);
        assertThat(chat.all(Notice.ChangeDone.class)).isEmpty();
        assertThat(chat.all(Notice.ChangeFailed.class)).isEmpty();

        clock.advance(TIMES.ttl());
        assertThat(two.replicas().takeOver().run()).containsExactly(PCX);
        assertThat(peerings.get(PCX).creation().state()).isEqualTo(ChangeState.DONE);
        assertThat(chat.all(Notice.ChangeDone.class)).hasSize(1);
    }

    @Test
    void anOutcomeStillBeingDeliveredIsLeftToItsReplicaAndToldByAnotherOnceThatOneDied() {
        ManagedPeering asked = requested();
        click(one, APP_OWNER, asked, true);
        chat.holdDeliveries();
        click(one, DB_OWNER, asked, true);
        assertThat(peerings.get(PCX).unreported()).as("done in AWS, its outcome not in the chat").isPresent();
        int saidBefore = chat.said().size();

        // one is alive, renewing its leases, and still delivering: no one tells its outcome over it
        for (int renewal = 0; renewal < 4; renewal++) {
            clock.advance(TIMES.renewEvery());
            oneLeases.renewAll();
            assertThat(two.replicas().takeOver().run()).isEmpty();
        }
        assertThat(two.resume().resume()).as("a replica starting meanwhile").isEmpty();
        assertThat(chat.said()).hasSize(saidBefore);

        // one dies: its apply lease expires unrenewed
        clock.advance(TIMES.ttl());
        assertThat(two.replicas().takeOver().run()).containsExactly(PCX);
        assertThat(two.replicas().takeOver().run()).as("two is delivering it now").isEmpty();
        assertThat(chat.said().subList(saidBefore, chat.said().size()))
                .filteredOn(said -> said.notice() instanceof Notice.ChangeDone).singleElement()
                .satisfies(said -> assertThat(said.where()).isEqualTo(asked.thread()));

        chat.deliverHeld();
        assertThat(peerings.get(PCX).unreported()).isEmpty();
        int saidAfter = chat.said().size();
        clock.advance(TIMES.ttl());
        assertThat(one.replicas().takeOver().run()).isEmpty();
        assertThat(two.replicas().takeOver().run()).isEmpty();
        assertThat(chat.said()).as("told once").hasSize(saidAfter);
        assertThat(table.tryAcquire("apply/" + PCX.value(), TIMES.ttl())).as("given up once delivered").isPresent();
    }

    @Test
    void replicasStartingAtOnceTellAnOwedOutcomeOnce() {
        ManagedPeering asked = requested();
        click(one, APP_OWNER, asked, true);
        click(one, DB_OWNER, asked, true);
        peerings.put(FinalReportFlowsTest.unreportedAgain(peerings.get(PCX)));
        ListedEarlier listing = new ListedEarlier(peerings);
        UseCases late = replica(listing, leases());
        listing.listNow(Vpcs.HERE);
        int saidBefore = chat.said().size();
        chat.holdDeliveries();

        assertThat(one.resume().resume()).containsExactly(PCX);
        assertThat(late.resume().resume()).as("one holds the lease while it delivers").isEmpty();
        chat.deliverHeld();
        assertThat(late.resume().resume()).as("listed as owed, owed no more once read under the lease").isEmpty();

        // the process that stopped had its final message in the thread already: reported by one replica, which
        // redraws the cards and does not post that message again
        assertThat(chat.said().subList(saidBefore, chat.said().size())).filteredOn(s -> s.how().equals("update")
                && s.notice() instanceof Notice.ChangeCard card && card.change().state() == ChangeState.DONE)
                .hasSize(1);
        assertThat(chat.all(Notice.ChangeDone.class)).hasSize(1);
        assertThat(peerings.get(PCX).unreported()).isEmpty();
    }

    @Test
    void replicasStartingAtOnceMarkAnExpiredRequestExpiredOnce() {
        requested();
        ec2.connect(PCX.value(), app.id(), db.id(), PeeringStatus.EXPIRED);
        ListedEarlier listing = new ListedEarlier(peerings);
        UseCases late = replica(listing, leases());
        listing.listNow(Vpcs.HERE);

        one.resume().resume();
        late.resume().resume();

        assertThat(chat.all(Notice.RequestExpired.class)).hasSize(1);
        assertThat(peerings.saved()).filteredOn(p -> p.creation().state() == ChangeState.EXPIRED).hasSize(1);
    }

    @Test
    void aChangeRunWhileThisReplicaStillDeliversTheLastOutcomeGoesAheadAtOnce() {
        ManagedPeering asked = requested();
        ec2.fail("CreateRoute");
        click(one, APP_OWNER, asked, true);
        chat.holdDeliveries();
        click(one, DB_OWNER, asked, true);
        assertThat(peerings.get(PCX).failed()).isPresent();
        ec2.heal("CreateRoute");
        Instant before = clock.instant();

        one.commands().onCommand(new Actor(ALICE, CHANNEL), "retry " + PCX);

        assertThat(peerings.get(PCX).creation().state()).isEqualTo(ChangeState.DONE);
        assertThat(clock.instant()).as("no wait for its own lease").isEqualTo(before);
        chat.deliverHeld();
        assertThat(peerings.get(PCX).unreported()).isEmpty();
        assertThat(table.tryAcquire("apply/" + PCX.value(), TIMES.ttl())).isPresent();
    }

    @Test
    void aRetryRunWhileTheFailureIsStillBeingDeliveredKeepsItsLeaseUntilItsOwnOutcomeIsDelivered() {
        ManagedPeering asked = requested();
        ec2.fail("CreateRoute");
        click(one, APP_OWNER, asked, true);
        chat.holdDeliveries();
        click(one, DB_OWNER, asked, true);
        Runnable failureDelivered = chat.heldSoFar();
        ec2.heal("CreateRoute");
        one.commands().onCommand(new Actor(ALICE, CHANNEL), "retry " + PCX);
        assertThat(peerings.get(PCX).creation().state()).isEqualTo(ChangeState.DONE);

        failureDelivered.run();

        assertThat(table.tryAcquire("apply/" + PCX.value(), TIMES.ttl()))
                .as("no other replica may take the peering over while the retry's outcome is delivered").isEmpty();
        assertThat(peerings.get(PCX).creation().unreported())
                .as("the failure's delivery does not count for the retry's outcome, which a restart would owe")
                .isTrue();
        chat.deliverHeld();
        assertThat(chat.all(Notice.ChangeDone.class)).as("told once").hasSize(1);
        assertThat(peerings.get(PCX).creation().unreported()).isFalse();
        assertThat(table.tryAcquire("apply/" + PCX.value(), TIMES.ttl())).as("given up once delivered").isPresent();
    }

    @Test
    void aChangeRunOnAnotherReplicaWhileTheFirstStillDeliversWaitsAndIsTakenOverOnceDelivered() {
        ManagedPeering asked = requested();
        ec2.fail("CreateRoute");
        click(one, APP_OWNER, asked, true);
        chat.holdDeliveries();
        click(one, DB_OWNER, asked, true);
        ec2.heal("CreateRoute");
        Instant before = clock.instant();

        two.commands().onCommand(new Actor(ALICE, CHANNEL), "retry " + PCX);

        assertThat(Duration.between(before, clock.instant())).as("waited for the lease")
                .isGreaterThanOrEqualTo(TIMES.decisionWait());
        assertThat(peerings.get(PCX).creation().state()).as("left begun").isEqualTo(ChangeState.APPLYING);
        chat.deliverHeld();
        assertThat(two.replicas().takeOver().run()).containsExactly(PCX);
        assertThat(peerings.get(PCX).creation().state()).isEqualTo(ChangeState.DONE);
        assertThat(chat.all(Notice.TakingOver.class)).hasSize(1);
        assertThat(chat.all(Notice.ChangeDone.class)).hasSize(1);
    }

    @Test
    void aReplicaKeepsTheLeaseOfWhatItAppliesWhileItsWatchesAreStillRunning() {
        ManualScheduler watches = new ManualScheduler(clock);
        ManualScheduler renewals = new ManualScheduler(clock);
        one.replicas().startOn(watches, renewals);
        LeaseKeeper.Kept applying = oneLeases.tryKeep("apply/" + PCX.value()).orElseThrow();

        // the watches' thread is busy all along: only the renewals' scheduler moves
        renewals.advance(TIMES.ttl().multipliedBy(3));

        assertThat(table.tryAcquire("apply/" + PCX.value(), TIMES.ttl())).as("not taken over by another replica")
                .isEmpty();
        assertThat(applying.stillHeld()).isTrue();
    }

    /** The creation asked for by alice, recorded, awaiting both owners. */
    private ManagedPeering requested() {
        ec2.connect(PCX.value(), app.id(), db.id(), PeeringStatus.PENDING_ACCEPTANCE);
        Change creation = Change.asked(ChangeKind.CREATE, PortList.parse("tcp:5432"), ALICE, ASKED, Set.of());
        ManagedPeering asked = new ManagedPeering(PCX, Vpcs.side(app), Vpcs.side(db),
                new MessageRef(CHANNEL, "1700000000.000100"),
                new PeeringOptions(PortList.parse("tcp:5432"), List.of(), false, false, "reports"), creation, null);
        peerings.put(asked);
        return asked;
    }

    /** An applied peering with an open approved by both owners and begun: a replica was applying it. */
    private void begunOpen() {
        ManagedPeering asked = requested();
        click(one, APP_OWNER, asked, true);
        click(one, DB_OWNER, asked, true);
        ManagedPeering applied = peerings.get(PCX);
        Change open = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), ALICE, ASKED.plusSeconds(60),
                Set.of());
        peerings.put(applied.ask(open)
                .approve(open.ref(), new Approval(Side.REQUESTER, APP_OWNER, ASKED))
                .approve(open.ref(), new Approval(Side.ACCEPTER, DB_OWNER, ASKED))
                .begin(open.ref()));
        writesBefore = ec2.writes().size();
    }

    /** What was written in EC2 since the open was begun. */
    private List<String> writesSince() {
        List<String> writes = ec2.writes();
        return writes.subList(writesBefore, writes.size());
    }

    private void click(UseCases replica, String user, ManagedPeering peering, boolean approve) {
        String reference = ChangeReference.to(peering, peering.creation()).encode();
        if (approve) {
            replica.commands().onApprove(new Actor(user, CHANNEL), reference);
        } else {
            replica.commands().onDeny(new Actor(user, CHANNEL), reference);
        }
    }
}
