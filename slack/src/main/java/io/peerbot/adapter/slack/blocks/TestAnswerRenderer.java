package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.network.Location;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The short answers around {@code /peer test} and {@code /peer status}: who runs it, why it cannot run. */
final class TestAnswerRenderer {
    List<SlackMessage> render(Notice.TestAsked notice) {
        return TextRenderer.messages(Mrkdwn.mention(notice.userId()) + " runs the connectivity test"
                + (notice.ports().isEmpty() ? "." : " for " + PeeringWords.ports(notice.ports()) + "."));
    }

    List<SlackMessage> render(Notice.TestStarted notice) {
        return TextRenderer.messages("Testing " + Mrkdwn.code(notice.pcxId()) + "; the results will be in its thread.");
    }

    List<SlackMessage> render(Notice.CannotTest notice) {
        String pcx = Mrkdwn.code(notice.pcxId());
        if (notice.record() instanceof ManagedPeerings.NotManaged) {
            return TextRenderer.messages(pcx + " was not made by peerbot, so I have no thread to report to. Test it "
                    + "by hand, or ask for a peering with `/peer`.");
        }
        Optional<String> notActedOn = RecordWords.explained(notice.record());
        if (notActedOn.isPresent()) {
            return TextRenderer.messages(pcx + ": " + notActedOn.get() + " Nothing was run.");
        }
        return TextRenderer.messages(pcx + " is " + notice.status().code() + ", not active: there is no path to test "
                + "yet. Nothing was run.");
    }

    List<SlackMessage> render(Notice.UnknownPeering notice) {
        String where = notice.searched().isEmpty() ? ""
                : " in " + notice.searched().stream().map(Location::toString).collect(Collectors.joining(", "));
        return TextRenderer.messages("I find no peering " + Mrkdwn.code(notice.pcxId()) + where
                + ". Check the id, or `/peer list` for mine.");
    }
}
