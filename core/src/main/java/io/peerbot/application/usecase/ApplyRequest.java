package io.peerbot.application.usecase;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestState;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies an approved request: marks it applying, lets the engine accept the peering and add routes,
 * rules and DNS options (each step posted in the thread), then marks it applied — or failed, saying
 * what failed and what to do. Safe to run again: the engine converges to the plan.
 */
public final class ApplyRequest {
    private static final Logger log = LoggerFactory.getLogger(ApplyRequest.class);

    private final PeeringEngine engine;
    private final RequestStore store;
    private final ChatPort chat;
    private final AfterApply afterApply;
    private final RequestCards cards;

    /** What runs once the changes are in place (the connectivity test). */
    public interface AfterApply {
        void applied(PeeringRequest request);
    }

    ApplyRequest(PeeringEngine engine, RequestStore store, ChatPort chat, RequestCards cards, AfterApply afterApply) {
        this.cards = cards;
        this.engine = engine;
        this.store = store;
        this.chat = chat;
        this.afterApply = afterApply;
    }

    /** Applies a request that is approved, failed, applied (re-run) or applying (resumed after a restart). */
    public void apply(PeeringRequest request) {
        MessageRef thread = new MessageRef(request.channel(), request.threadTs());
        PeeringRequest applying = request.state() == RequestState.APPLYING
                ? request : store.save(request.withState(RequestState.APPLYING));
        Plan applied;
        try {
            applied = engine.apply(applying, new ThreadReporter(chat, applying));
        } catch (CloudException e) {
            fail(applying, thread, List.of(Conversation.explain(e)));
            return;
        } catch (RuntimeException e) {
            log.error("applying {} failed", request.pcxId(), e);
            fail(applying, thread, List.of("Unexpected error: " + e.getMessage()));
            return;
        }
        PeeringRequest done = store.save(applying.withState(RequestState.APPLIED));
        log.info("{} applied: {} routes, {} rules", done.pcxId(), applied.routeCount(), applied.ruleCount());
        chat.reply(thread, new Notice.Step(true, "Peering `" + done.pcxId() + "` is ready", summary(done)));
        cards.redrawDecided(done);
        if (done.options().test()) {
            afterApply.applied(done);
        }
    }

    private List<String> summary(PeeringRequest request) {
        List<String> lines = new ArrayList<>();
        lines.add("`" + request.requester().vpcId() + "` ↔ `" + request.accepter().vpcId() + "`, ports "
                + request.options().ports().stream().map(Object::toString).toList());
        lines.add("Requested by <@" + request.requestedBy() + ">; approved by "
                + String.join(", ", request.approvals().stream()
                .map(a -> "<@" + a.userId() + "> (" + a.side().label() + ")").distinct().toList()));
        return lines;
    }

    private void fail(PeeringRequest applying, MessageRef thread, List<String> why) {
        PeeringRequest failed = applying.withState(RequestState.FAILED);
        try {
            store.save(failed);
        } catch (RuntimeException e) {
            log.error("could not record the failure of {}", applying.pcxId(), e);
        }
        List<String> lines = new ArrayList<>(why);
        lines.add("What is in place stays; nothing was rolled back. Fix the cause, then run `/peer retry "
                + applying.pcxId() + "` to finish the apply (it only adds what is missing), or `/peer delete "
                + applying.pcxId() + "` to take it all down.");
        chat.reply(thread, new Notice.Step(false, "Apply of `" + applying.pcxId() + "` failed", lines));
        cards.redrawDecided(failed);
    }
}
