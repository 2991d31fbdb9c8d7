package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.change.ChangeRefusal;
import io.peerbot.domain.lifecycle.PcxId;
import java.util.List;
import java.util.Optional;

/**
 * The private answers around asking for a change and retrying one: why it was refused and what to do, and
 * what stopped work that could not be finished.
 */
final class AnswerRenderer {
    private final StepRenderer step = new StepRenderer();

    /** Empty for a notice that is not such an answer. */
    Optional<List<SlackMessage>> render(Notice notice) {
        if (notice instanceof Notice.ChangeNotRecorded n) {
            return Optional.of(step.render(new Notice.Step(false, "Could not record "
                    + Mrkdwn.code("/peer " + n.change().describe()), List.of(ProblemText.of(n.why()),
                    "Nothing was changed in AWS; ask again once that is fixed."))));
        }
        if (notice instanceof Notice.CreationFailed n) {
            String outcome = n.leftPending().map(pcx -> "EC2 made `" + pcx.value() + "`, but its record could not "
                    + "be saved nor the request withdrawn: it stays pending acceptance, and peerbot will not act on "
                    + "it. Reject or delete it in EC2, then ask again.").orElse("Nothing was changed in AWS.");
            return Optional.of(step.render(new Notice.Step(false, "Could not create the peering connection",
                    List.of(ProblemText.of(n.why()), outcome))));
        }
        if (notice instanceof Notice.GoneWithLeftovers n) {
            return Optional.of(TextRenderer.messages(LeftoversText.of(n)));
        }
        if (notice instanceof Notice.RequestFailedInAws n) {
            return Optional.of(step.render(new Notice.Step(false, "AWS did not pass on the request "
                    + Mrkdwn.code(n.pcxId().value()), List.of("The peering connection is " + Mrkdwn.code(n.status().code())
                    + (n.statusMessage().isBlank() ? "." : ": " + Mrkdwn.escape(n.statusMessage())),
                    "The request is closed; nothing else was changed. Fix the cause, then ask again with `/peer`."))));
        }
        if (notice instanceof Notice.RequestNeverSaved n) {
            return Optional.of(step.render(new Notice.Step(false, "Request " + Mrkdwn.code(n.pcxId().value())
                    + " not made", List.of("peerbot stopped between creating it in EC2 and recording it, so it does "
                    + "not act on it.", RecordWords.neverSaved(n.status())))));
        }
        return words(notice).map(TextRenderer::messages);
    }

    private static Optional<String> words(Notice notice) {
        if (notice instanceof Notice.ChangeRefused n) {
            return Optional.of(ChangeRefusalText.answer(n.why())
                    + (n.why() instanceof ChangeRefusal.Busy ? n.pending().map(at -> " " + link(at)).orElse("") : ""));
        } else if (notice instanceof Notice.NotMadeByPeerbot n) {
            return Optional.of(code(n.pcxId()) + " was not made by peerbot: I " + n.kind().tag() + " only peerings I"
                    + " made, and touch nothing else. Nothing changed.");
        } else if (notice instanceof Notice.UnreadableRecord n) {
            return Optional.of(code(n.pcxId()) + " has peerbot tags that cannot be read: " + Mrkdwn.escape(n.why())
                    + ". Nothing changed.");
        } else if (notice instanceof Notice.NoThread n) {
            return Optional.of(code(n.pcxId()) + " has no Slack thread recorded in its tags, so there is nowhere to"
                    + " ask its owners and keep the record. Nothing changed.");
        } else if (notice instanceof Notice.NothingToRetry n) {
            return Optional.of(code(n.pcxId()) + " is " + n.stage().tag() + ", not failed: there is nothing to retry.");
        } else if (notice instanceof Notice.RetryNotAllowed n) {
            return Optional.of("Only the requester, the owners of either VPC or an admin may retry " + code(n.pcxId())
                    + ". Nothing changed.");
        } else if (notice instanceof Notice.RequestsBusy n) {
            return Optional.of("Other requests from account " + Mrkdwn.code(n.requesterAt().account()) + " in "
                    + Mrkdwn.code(n.requesterAt().region()) + " are being made right now, and yours did not get its "
                    + "turn to count that account's outstanding peering requests in time. Nothing was created; try "
                    + "again in a moment.");
        } else if (notice instanceof Notice.CouldNotFinish n) {
            return Optional.of(ProblemText.unfinished(n.why()));
        }
        return Optional.empty();
    }

    /** Where the pending change is: its card's link, else the channel of its thread. */
    private static String link(Notice.ThreadAt at) {
        return at.url().isEmpty() ? "(thread in <#" + at.channel() + ">)" : "<" + at.url() + "|See the change>";
    }

    private static String code(PcxId pcxId) {
        return Mrkdwn.code(pcxId.value());
    }
}
