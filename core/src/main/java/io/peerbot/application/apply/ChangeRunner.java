package io.peerbot.application.apply;

import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.LeaseLost;
import io.peerbot.application.port.Caller;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Problem;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeRef;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.traffic.PortRange;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one apply path, whatever the change's kind: the engine carries out the change's plan from the scene read
 * for its decision (each step posted in the thread), then the peering records the change as done — or
 * failed, saying what failed and how to finish — and {@link FinalReport} tells it and redraws the cards from the
 * same scene. Safe to run again: every step converges. No step waits for the chat: its posts are queued, and the
 * peering's apply lease is kept until the outcome is delivered, so no other replica tells it meanwhile.
 */
public final class ChangeRunner {
    private static final Logger log = LoggerFactory.getLogger(ChangeRunner.class);

    private final PeeringEngine engine;
    private final ManagedPeerings peerings;
    private final ChatPort chat;
    private final FinalReport report;
    private final AfterChange after;
    private final ApplyLeases applies;

    /** What runs once a change has put ports in place: the connectivity test of those ports. */
    public interface AfterChange {
        void tested(ManagedPeering peering, List<PortRange> ports);
    }

    public ChangeRunner(PeeringEngine engine, ManagedPeerings peerings, ChatPort chat, FinalReport report,
                        AfterChange after) {
        this(engine, peerings, chat, report, after,
                new ApplyLeases(LeaseKeeper.local(Clock.systemUTC()), peerings));
    }

    /** @param applies who among the replicas applies: the one holding the peering's apply lease */
    public ChangeRunner(PeeringEngine engine, ManagedPeerings peerings, ChatPort chat, FinalReport report,
                        AfterChange after, ApplyLeases applies) {
        this.applies = applies;
        this.engine = engine;
        this.peerings = peerings;
        this.chat = chat;
        this.report = report;
        this.after = after;
    }

    /**
     * A change every side consented to, recorded as begun, with what was read and planned for its decision, and
     * who caused it to run now (the decisive clicker, the asker, whoever retried, or the last approver when
     * resumed): AWS's audit trail names them for every write.
     */
    public record Begun(ManagedPeering peering, ChangeRef change, Scene scene, ChangePlan plan, String causedBy) {
        public Change current() {
            return peering.change(change).orElseThrow();
        }
    }

    public void run(Begun begun) {
        if (!applies.run(begun, this::runHeld)) {
            log.info("{} of {} is not applied here: another replica applies or applied it",
                    begun.current().describe(), begun.peering().id());
        }
    }

    private void runHeld(Begun begun) {
        ManagedPeering peering = begun.peering();
        Change change = begun.current();
        try {
            engine.apply(peering, change, begun.scene().reading(), begun.plan(),
                    new LeaseGuardedSteps(new ThreadReporter(chat, peering), () -> applies.lost(peering.id().value())),
                    Caller.of(begun.causedBy(), peering.id().value()));
        } catch (CloudException e) {
            log.warn("{} of {} failed", change.describe(), peering.id(), e);
            fail(begun, Problem.of(e));
            return;
        } catch (LeaseLost e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("{} of {} failed", change.describe(), peering.id(), e);
            fail(begun, Problem.of(e));
            return;
        }
        ManagedPeering finished = widenedScope(peering.finish(begun.change()), begun.plan());
        applies.refuseIfLost(peering.id());
        peerings.save(finished);
        Change done = finished.change(begun.change()).orElseThrow();
        log.info("{} of {} done", change.describe(), peering.id());
        applies.keepUntil(peering.id(), report.tell(finished, done, new Notice.ChangeDone(finished, done, begun.plan()),
                begun.scene(), begun.plan()));
        if (finished.options().test() && (done.kind() == ChangeKind.CREATE || done.kind() == ChangeKind.OPEN)) {
            after.tested(finished, done.kind() == ChangeKind.CREATE ? List.of() : done.ports());
        }
    }

    /**
     * What a change added is approved from now on: the drift watch tells a route or rule of it that goes missing
     * (a repair restores it) from growth (which needs both sides again).
     */
    private static ManagedPeering widenedScope(ManagedPeering finished, ChangePlan plan) {
        if (plan.additions() == null) {
            return finished;
        }
        return finished.withDrift(finished.drift().withScope(finished.drift().scope().widenedBy(plan.additions())));
    }

    private void fail(Begun begun, Problem why) {
        applies.refuseIfLost(begun.peering().id());
        ManagedPeering failed = begun.peering().fail(begun.change());
        try {
            peerings.save(failed);
        } catch (RuntimeException e) {
            log.error("could not record the failure of {}", failed.id(), e);
        }
        Change change = failed.change(begun.change()).orElseThrow();
        applies.keepUntil(failed.id(), report.tell(failed, change, new Notice.ChangeFailed(failed, change, why),
                begun.scene(), begun.plan()));
    }

    /**
     * Tells the outcome of a change that a process which stopped recorded as done or failed without knowing its
     * final message and cards were in the chat: the scene read once for it, the cards drawn with the plan as it
     * stands now, and no final message when the thread has it already. Run holding the peering's apply lease (see
     * {@link ApplyLeases#takeUp}), kept until the outcome is delivered. A failure's reason was not kept; a done
     * change whose plan shrank as it was carried out says its steps are above rather than counting from a plan that
     * is now empty.
     */
    public void reportAgain(ManagedPeering peering, Change change, Scene scene) {
        ChangePlan now = engine.plan(peering, change, scene.reading());
        Notice outcome = change.state() == ChangeState.FAILED
                ? new Notice.ChangeFailed(peering, change, new Problem.NotRecorded())
                : new Notice.ChangeDone(peering, change, keepsItsPlan(change.kind()) ? now : null);
        applies.keepUntil(peering.id(), report.tellAgain(peering, change, outcome, scene, now));
    }

    /** A creation's or an opening's plan is the whole plan for its ports, the same before and after it is done. */
    private static boolean keepsItsPlan(ChangeKind kind) {
        return kind == ChangeKind.CREATE || kind == ChangeKind.OPEN || kind == ChangeKind.RENEW;
    }
}
