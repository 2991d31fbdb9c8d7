package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Problem;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change's final message and cards: recorded as reported only once the chat has them, and told after a restart
 * when a stopped process left them owed — once. app-vpc is owned by U0APPOWN, db-vpc by U0DBOWN.
 */
class FinalReportFlowsTest {
    private static final String ALICE = "U0ALICE";
    private static final String APP_OWNER = "U0APPOWN";
    private static final String DB_OWNER = "U0DBOWN";
    private static final String CHANNEL = "C0PLATFORM";
    private static final MessageRef THREAD = new MessageRef(CHANNEL, "1700000000.000100");
    private static final PcxId PCX = new PcxId("pcx-0a1b2c3d");
    private static final Instant ASKED = Instant.parse("2026-05-01T12:00:00.123Z");

    private final VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").name("app-vpc").tag("peerbot:owner", APP_OWNER)
            .cidr("10.0.0.0/16").subnet("subnet-0aaa0001", "10.0.1.0/24")
            .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001").build();
    private final VpcSnapshot db = Vpcs.vpc("vpc-0bbb0002").name("db-vpc").tag("peerbot:owner", DB_OWNER)
            .cidr("10.1.0.0/16").subnet("subnet-0bbb0002", "10.1.1.0/24")
            .instance("i-0bbb0002", "subnet-0bbb0002", "sg-0bbb0002").build();
    private final InMemoryEc2 ec2 = new InMemoryEc2(Vpcs.HERE, app, db);
    private final InMemoryPeerings peerings = new InMemoryPeerings(ec2);
    private final RecordingChat chat = new RecordingChat();
    private UseCases useCases;

    @BeforeEach
    void assemble() {
        useCases = process();
    }

    /** The bot's process: a new one is a restart, which knows nothing of what the one before was delivering. */
    private UseCases process() {
        return UseCases.assemble(ec2, peerings, new PeeringEngine(ec2), chat, Unused.ownersFile(),
                Unused.directory(), Unused.remoteCommands(), Runnable::run, new Policies(Set.of(), Set.of(), List.of(),
                        Duration.ofMinutes(5), Duration.ofSeconds(10), Clock.systemUTC()), Unused.painter());
    }

    @Test
    void aChangeDoneIsRecordedAsReportedOnlyOnceTheChatHasItsOutcome() {
        ManagedPeering asked = requested();
        chat.holdDeliveries();

        approveBoth(asked);

        assertThat(peerings.get(PCX).creation().state()).isEqualTo(ChangeState.DONE);
        assertThat(peerings.get(PCX).unreported()).as("owed while the chat has not delivered").isPresent();
        chat.deliverHeld();
        assertThat(peerings.get(PCX).unreported()).isEmpty();
        assertThat(chat.all(Notice.ChangeDone.class)).hasSize(1);
    }

    @Test
    void aRestartTellsTheOutcomeAStoppedProcessLeftOwedOnce() {
        ManagedPeering asked = requested();
        chat.holdDeliveries();
        approveBoth(asked);
        // the process stopped before the chat had its outcome: done in AWS, the outcome owed
        chat.dropHeld();
        assertThat(peerings.get(PCX).unreported()).isPresent();
        int saidBefore = chat.said().size();
        UseCases restarted = process();

        List<PcxId> reported = restarted.resume().resume();

        assertThat(reported).containsExactly(PCX);
        List<RecordingChat.Said> said = chat.said().subList(saidBefore, chat.said().size());
        assertThat(said).filteredOn(s -> s.notice() instanceof Notice.ChangeDone).singleElement()
                .satisfies(s -> assertThat(s.where()).isEqualTo(THREAD));
        assertThat(said).filteredOn(s -> s.how().equals("update") && s.notice() instanceof Notice.ChangeCard card
                && card.change().state() == ChangeState.DONE).hasSize(1);
        assertThat(said).noneMatch(s -> s.notice() instanceof Notice.Resuming);
        assertThat(peerings.get(PCX).unreported()).isEmpty();

        int saidAfter = chat.said().size();
        restarted.resume().resume();
        assertThat(chat.said()).as("told once").hasSize(saidAfter);
    }

    @Test
    void aRestartDoesNotPostAgainAFinalMessageTheChatTookBeforeTheProcessStopped() {
        ManagedPeering asked = requested();
        chat.holdDeliveries();
        approveBoth(asked);
        chat.deliverHeld();
        // the process stopped after the chat took its outcome, before recording so: the outcome still owed
        peerings.put(unreportedAgain(peerings.get(PCX)));
        int saidBefore = chat.said().size();

        List<PcxId> reported = process().resume().resume();

        assertThat(reported).containsExactly(PCX);
        List<RecordingChat.Said> said = chat.said().subList(saidBefore, chat.said().size());
        assertThat(said).as("no second final message").noneMatch(s -> s.notice() instanceof Notice.ChangeDone);
        assertThat(said).as("the cards redrawn all the same").anyMatch(s -> s.how().equals("update")
                && s.notice() instanceof Notice.ChangeCard card && card.change().state() == ChangeState.DONE);
        assertThat(peerings.get(PCX).unreported()).isEmpty();
        assertThat(chat.all(Notice.ChangeDone.class)).hasSize(1);
    }

    @Test
    void aFailureLeftOwedIsToldWithoutTheReasonNoOneKept() {
        ManagedPeering asked = requested();
        ec2.fail("CreateRoute");
        chat.holdDeliveries();
        approveBoth(asked);
        ec2.heal("CreateRoute");
        int saidBefore = chat.said().size();

        process().resume().resume();

        assertThat(chat.said().subList(saidBefore, chat.said().size())).map(RecordingChat.Said::notice)
                .filteredOn(Notice.ChangeFailed.class::isInstance).singleElement()
                .satisfies(n -> assertThat(((Notice.ChangeFailed) n).why()).isInstanceOf(Problem.NotRecorded.class));
        assertThat(peerings.get(PCX).failed()).isPresent();
    }

    /** The record as a save of the outcome leaves it before the chat delivered anything. */
    static ManagedPeering unreportedAgain(ManagedPeering done) {
        Change creation = done.creation();
        Change owed = new Change(creation.kind(), creation.ports(), creation.requestedBy(), creation.requestedAt(),
                creation.approvals(), creation.state(), creation.deniedBy(), creation.messageTs(),
                creation.planDigest(), creation.endsAt(), creation.remindedAt(), true);
        return new ManagedPeering(done.id(), done.requester(), done.accepter(), done.thread(), done.options(), owed,
                done.later(), done.drift());
    }

    private ManagedPeering requested() {
        ec2.connect(PCX.value(), app.id(), db.id(), PeeringStatus.PENDING_ACCEPTANCE);
        Change creation = Change.asked(ChangeKind.CREATE, PortList.parse("tcp:5432"), ALICE, ASKED, Set.of());
        ManagedPeering asked = new ManagedPeering(PCX, Vpcs.side(app), Vpcs.side(db), THREAD,
                new PeeringOptions(PortList.parse("tcp:5432"), List.of(), false, false, "reports"), creation, null);
        peerings.put(asked);
        return asked;
    }

    private void approveBoth(ManagedPeering asked) {
        String reference = ChangeReference.to(asked, asked.creation()).encode();
        useCases.commands().onApprove(new Actor(APP_OWNER, CHANNEL), reference);
        useCases.commands().onApprove(new Actor(DB_OWNER, CHANNEL), reference);
    }
}
