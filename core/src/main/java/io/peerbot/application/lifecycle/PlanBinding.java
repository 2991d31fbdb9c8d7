package io.peerbot.application.lifecycle;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.PlanDifference;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Approvals are consent to one plan: the one the change's card showed, whose digest the change records. Before
 * anything is applied the change is planned again from the one reading of both VPCs; a plan that differs is
 * never applied — the change awaits approval of the new plan, with the difference posted in its thread.
 */
public final class PlanBinding {
    private static final Logger log = LoggerFactory.getLogger(PlanBinding.class);

    private final PeeringEngine engine;
    private final PeeringRecords records;
    private final ApprovalPolicy policy;
    private final ChatPort chat;
    private final Cards cards;
    private final ShownPlans shown;

    public PlanBinding(PeeringEngine engine, PeeringRecords records, ApprovalPolicy policy, ChatPort chat,
                       Cards cards, ShownPlans shown) {
        this.engine = engine;
        this.records = records;
        this.policy = policy;
        this.chat = chat;
        this.cards = cards;
        this.shown = shown;
    }

    /** What re-planning a change from the scene gives. */
    public sealed interface Verdict {
        /** The plan is the approved one (or the change predates plan digests): apply this. */
        record Holds(ChangePlan plan) implements Verdict {
        }

        /** The plan differs from the approved one. */
        record Changed(ChangePlan now) implements Verdict {
        }

        /** {@code --subnets} names subnets that are gone: there is no plan to apply. */
        record SubnetsGone(List<String> subnetIds) implements Verdict {
        }
    }

    /** The digest of the plan a card shows, to record on its change. */
    public String shown(ChangePlan plan) {
        shown.remember(plan);
        return plan.digest().value();
    }

    public Verdict check(ManagedPeering peering, Change change, Scene scene) {
        Optional<List<String>> gone = engine.subnetsGone(peering, change, scene.reading());
        if (gone.isPresent()) {
            return new Verdict.SubnetsGone(gone.get());
        }
        ChangePlan now = engine.plan(peering, change, scene.reading());
        if (change.planDigest().isEmpty()) {
            log.warn("{} of {} records no plan digest; applying the plan as read now", change.describe(), peering.id());
            return new Verdict.Holds(now);
        }
        return now.digest().value().equals(change.planDigest()) ? new Verdict.Holds(now) : new Verdict.Changed(now);
    }

    /**
     * Records that {@code change} awaits approval of {@code now} (approvals reset; the asker keeps consent for the
     * sides they own), posts what differs in the thread and redraws the card with the new plan and its buttons.
     */
    public ManagedPeering rebind(ManagedPeering peering, Change change, Scene scene, ChangePlan now) {
        Set<Side> askers = policy.consentedByAsking(change.requestedBy(), scene.requesterOwners(),
                scene.accepterOwners());
        ManagedPeering replanned = peering.replanned(change.ref(), shown(now), askers);
        records.save(replanned);
        Change current = replanned.change(change.ref()).orElseThrow();
        log.info("the plan of {} on {} changed since it was approved; approvals reset", change.describe(),
                peering.id());
        Optional<PlanDifference> difference = shown.find(change.planDigest())
                .filter(approved -> approved.additions() != null && now.additions() != null)
                .map(approved -> PlanDifference.between(approved.additions(), now.additions()));
        chat.reply(replanned.thread(), new Notice.PlanChanged(peering.id(), current, now, difference));
        cards.redraw(replanned, current, scene, now);
        return replanned;
    }
}
