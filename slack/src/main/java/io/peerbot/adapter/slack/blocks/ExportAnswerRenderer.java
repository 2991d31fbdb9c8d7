package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.export.ExportFormat;
import java.util.List;

/** The private answers to {@code /peer export}: where the file is, or why there is none. */
final class ExportAnswerRenderer {
    List<SlackMessage> render(Notice.Exported notice) {
        return TextRenderer.messages(formatName(notice.format()) + " for " + Mrkdwn.code(notice.pcxId()) + " is in its "
                + PeeringWords.thread(notice.thread()) + ": " + Mrkdwn.code(notice.filename())
                + ", with `import` blocks for the real ids, so `terraform plan` after importing shows no changes.");
    }

    List<SlackMessage> render(Notice.CannotExport notice) {
        String pcx = Mrkdwn.code(notice.pcxId());
        return TextRenderer.messages(switch (notice.why()) {
            case NOT_MADE_BY_PEERBOT -> pcx + " was not made by peerbot, so I have nothing of mine to export. "
                    + "`/peer list` shows my peerings.";
            case NOT_ACTIVE -> pcx + " is " + notice.status().code() + ", not active: there are no routes or rules "
                    + "of mine to export yet. Nothing was shared.";
            case FORMAT_UNAVAILABLE -> "This peerbot cannot write that format. Nothing was shared.";
        });
    }

    private static String formatName(ExportFormat format) {
        return switch (format) {
            case TERRAFORM -> "Terraform";
        };
    }
}
