package io.peerbot.application.usecase;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.Removal;
import io.peerbot.domain.request.ChangeKind;
import io.peerbot.domain.request.PeeringChange;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies an approved change (the request already records it as begun: applying, or deleting): the engine
 * opens, closes or tears down, each step posted in the request's thread; then the request records the
 * change as done (a close's ports gone, a delete's peering deleted) — or failed, saying what failed and
 * how to finish. Safe to run again: every step converges.
 */
public final class ApplyChange {
    private static final Logger log = LoggerFactory.getLogger(ApplyChange.class);

    private final PeeringEngine engine;
    private final RequestStore store;
    private final ChatPort chat;
    private final RequestParties parties;
    private final ChangeCards changeCards;
    private final RequestCards requestCards;
    private final AfterOpen afterOpen;

    /** What runs once new ports are open: the connectivity test of those ports. */
    interface AfterOpen {
        void opened(PeeringRequest request, List<PortRange> ports);
    }

    ApplyChange(PeeringEngine engine, RequestStore store, ChatPort chat, RequestParties parties,
                ChangeCards changeCards, RequestCards requestCards, AfterOpen afterOpen) {
        this.afterOpen = afterOpen;
        this.engine = engine;
        this.store = store;
        this.chat = chat;
        this.parties = parties;
        this.changeCards = changeCards;
        this.requestCards = requestCards;
    }

    public void apply(PeeringRequest begun) {
        PeeringChange change = begun.change();
        MessageRef thread = ChangeCards.thread(begun);
        ThreadReporter reporter = new ThreadReporter(chat, begun);
        List<String> done;
        try {
            done = switch (change.kind()) {
                case OPEN -> opened(begun, engine.open(begun, change.ports(), reporter));
                case CLOSE -> closed(engine.close(begun, change.ports(), reporter));
                case DELETE -> deleted(engine.teardown(begun, reporter));
            };
        } catch (CloudException e) {
            log.warn("{} of {} failed", change.kind().tag(), begun.pcxId(), e);
            fail(begun, thread, List.of(Conversation.explain(e)));
            return;
        } catch (RuntimeException e) {
            log.error("{} of {} failed", change.kind().tag(), begun.pcxId(), e);
            fail(begun, thread, List.of("Unexpected error: " + e.getMessage()));
            return;
        }
        PeeringRequest finished = store.save(begun.finishChange());
        log.info("{} of {} done", change.describe(), begun.pcxId());
        List<String> lines = new ArrayList<>(done);
        lines.add("Asked by <@" + change.requestedBy() + ">; approved by " + approvers(change) + ".");
        chat.reply(thread, new Notice.Step(true, title(finished, change), lines));
        redraw(finished);
        if (change.kind() == ChangeKind.OPEN && finished.options().test()) {
            afterOpen.opened(finished, change.ports());
        }
    }

    private static String title(PeeringRequest request, PeeringChange change) {
        return switch (change.kind()) {
            case OPEN -> "Opened " + ports(change) + " on `" + request.pcxId() + "`";
            case CLOSE -> "Closed " + ports(change) + " on `" + request.pcxId() + "`";
            case DELETE -> "Peering `" + request.pcxId() + "` is taken down";
        };
    }

    private List<String> opened(PeeringRequest request, Plan plan) {
        return List.of(plural(plan.ruleCount(), "rule") + " for " + ports(request.change())
                        + " in place on both sides.",
                "Ports open now: " + PortList.format(request.options().ports()).replace(",", ", ") + ".",
                request.options().test() ? "The connectivity test of " + ports(request.change()) + " follows."
                        : "Check them with `/peer test " + request.pcxId() + " --ports "
                        + PortList.format(request.change().ports()) + "`.");
    }

    private static List<String> closed(Removal removal) {
        return List.of(plural(removal.ruleCount(), "rule") + " of peerbot's revoked; no other rule was touched.");
    }

    private static List<String> deleted(Removal removal) {
        return List.of(plural(removal.routeCount(), "route") + " and " + plural(removal.ruleCount(), "rule")
                + " of the peering removed and the peering connection deleted; nothing else was touched.");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String ports(PeeringChange change) {
        return String.join(", ", change.ports().stream().map(p -> "`" + p + "`").toList());
    }

    private static String approvers(PeeringChange change) {
        return String.join(", ", change.approvals().stream()
                .map(a -> "<@" + a.userId() + "> (" + a.side().label() + ")").distinct().toList());
    }

    private void fail(PeeringRequest begun, MessageRef thread, List<String> why) {
        PeeringRequest failed = begun;
        try {
            failed = store.save(begun.failChange());
        } catch (RuntimeException e) {
            log.error("could not record the failure of {}", begun.pcxId(), e);
        }
        List<String> lines = new ArrayList<>(why);
        lines.add("What was done stays done; nothing was rolled back. Fix the cause, then run `/peer retry "
                + begun.pcxId() + "` to finish `/peer " + begun.change().describe() + "` (it only does what is"
                + " left).");
        chat.reply(thread, new Notice.Step(false, "`/peer " + begun.change().describe() + "` on `" + begun.pcxId()
                + "` failed", lines));
        redraw(failed);
    }

    /** The change's message, and the request's own after a delete: best effort, the thread has the record. */
    private void redraw(PeeringRequest request) {
        Owners requesterOwners;
        Owners accepterOwners;
        try {
            requesterOwners = parties.ownersOf(request.requester());
            accepterOwners = parties.ownersOf(request.accepter());
        } catch (RuntimeException e) {
            log.warn("could not read the owners of {} to redraw its messages", request.pcxId(), e);
            return;
        }
        changeCards.redraw(request, requesterOwners, accepterOwners);
        requestCards.redrawDecided(request);
    }
}
