package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.lifecycle.ChangeKind;
import java.time.Clock;
import java.util.List;

/**
 * Renders any {@link Notice} as Slack messages: usually one; several where a notice (a full plan, a long
 * list) does not fit Slack's limits in one. Every message has blocks and a plain-text fallback.
 */
public final class NoticeRenderer {
    private final RequestCardRenderer card;
    private final ChangeCardRenderer changeCard = new ChangeCardRenderer();
    private final PreparingRenderer preparing = new PreparingRenderer();
    private final PlanPreviewRenderer preview = new PlanPreviewRenderer();
    private final FullPlanRenderer fullPlan = new FullPlanRenderer();
    private final RejectedRenderer rejected = new RejectedRenderer();
    private final ProposalRefusedRenderer proposalRefused = new ProposalRefusedRenderer();
    private final UsageRenderer usage = new UsageRenderer();
    private final StepRenderer step = new StepRenderer();
    private final TextRenderer text = new TextRenderer();
    private final ConnectivityRenderer connectivity = new ConnectivityRenderer();
    private final PeeringListRenderer peeringList = new PeeringListRenderer();
    private final PeeringDetailsRenderer peeringDetails = new PeeringDetailsRenderer();
    private final TestAnswerRenderer testAnswer = new TestAnswerRenderer();
    private final ExportAnswerRenderer exportAnswer = new ExportAnswerRenderer();
    private final LifecycleRenderer lifecycle = new LifecycleRenderer();
    private final AnswerRenderer answer = new AnswerRenderer();
    private final ForeignRequestRenderer foreignRequest = new ForeignRequestRenderer();
    private final MapRenderer map = new MapRenderer();
    private final PolicyRenderer policy = new PolicyRenderer();
    private final DriftRenderer drift = new DriftRenderer();
    private final ExpiryRenderer expiry = new ExpiryRenderer();

    /** {@code clock} dates a denial on the card, the one decision whose time the record does not keep. */
    public NoticeRenderer(Clock clock) {
        this.card = new RequestCardRenderer(clock);
    }

    public List<SlackMessage> render(Notice notice) {
        if (notice instanceof Notice.ChangeCard n) {
            return List.of(n.change().kind() == ChangeKind.CREATE ? card.render(n) : changeCard.render(n));
        } else if (notice instanceof Notice.Preparing n) {
            return List.of(preparing.render(n));
        } else if (notice instanceof Notice.PlanPreview n) {
            return preview.render(n);
        } else if (notice instanceof Notice.FullPlan n) {
            return fullPlan.render(n);
        } else if (notice instanceof Notice.Rejected n) {
            return rejected.render(n);
        } else if (notice instanceof Notice.ProposalRefused n) {
            return proposalRefused.render(n, render(n.why()));
        } else if (notice instanceof Notice.RequestNotMade n) {
            return RequestNotMadeRenderer.render(n, render(n.why()));
        } else if (notice instanceof Notice.Usage n) {
            return usage.render(n);
        } else if (notice instanceof Notice.Step n) {
            return step.render(n);
        } else if (notice instanceof Notice.Text n) {
            return text.render(n);
        } else if (notice instanceof Notice.ConnectivityResult n) {
            return connectivity.render(n);
        } else if (notice instanceof Notice.PeeringList n) {
            return peeringList.render(n);
        } else if (notice instanceof Notice.PeeringDetails n) {
            return peeringDetails.render(n);
        } else if (notice instanceof Notice.UnknownPeering n) {
            return testAnswer.render(n);
        } else if (notice instanceof Notice.TestAsked n) {
            return testAnswer.render(n);
        } else if (notice instanceof Notice.TestStarted n) {
            return testAnswer.render(n);
        } else if (notice instanceof Notice.CannotTest n) {
            return testAnswer.render(n);
        } else if (notice instanceof Notice.Exported n) {
            return exportAnswer.render(n);
        } else if (notice instanceof Notice.CannotExport n) {
            return exportAnswer.render(n);
        } else if (notice instanceof Notice.ForeignPeeringRequest n) {
            return foreignRequest.render(n);
        } else if (notice instanceof Notice.MapShown n) {
            return map.render(n);
        } else if (notice instanceof Notice.MapNotDrawn n) {
            return map.render(n);
        }
        return lifecycle.render(notice).or(() -> expiry.render(notice)).or(() -> answer.render(notice))
                .or(() -> policy.render(notice)).or(() -> drift.render(notice)).orElseThrow(() ->
                new IllegalArgumentException("no rendering for " + notice.getClass().getSimpleName()));
    }
}
