package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.export.ExportFormat;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportAnswerRendererTest {
    private final NoticeRenderer renderer = new NoticeRenderer(Clock.systemUTC());

    @Test
    void theAnswerNamesTheFileAndLinksTheThread() {
        String text = text(new Notice.Exported("pcx-0a1b2c3d", ExportFormat.TERRAFORM, "peering-pcx-0a1b2c3d.tf",
                new Notice.ThreadAt("C0NET", "https://example.slack.com/archives/C0NET/p1700000000000100")));

        assertThat(text).contains("Terraform", "`pcx-0a1b2c3d`", "`peering-pcx-0a1b2c3d.tf`",
                "<https://example.slack.com/archives/C0NET/p1700000000000100|thread>", "import");
    }

    @Test
    void eachReasonForNoFileIsSaidAndThatNothingWasShared() {
        assertThat(text(new Notice.CannotExport("pcx-0a1b2c3d", Notice.CannotExport.Why.NOT_MADE_BY_PEERBOT, null)))
                .contains("`pcx-0a1b2c3d`", "not made by peerbot", "/peer list");
        assertThat(text(new Notice.CannotExport("pcx-0a1b2c3d", Notice.CannotExport.Why.NOT_ACTIVE,
                PeeringStatus.PENDING_ACCEPTANCE))).contains("pending-acceptance", "not active", "Nothing was shared");
        assertThat(text(new Notice.CannotExport("pcx-0a1b2c3d", Notice.CannotExport.Why.FORMAT_UNAVAILABLE,
                PeeringStatus.ACTIVE))).contains("cannot write that format", "Nothing was shared");
    }

    private String text(Notice notice) {
        List<SlackMessage> messages = renderer.render(notice);
        assertThat(messages).hasSize(1);
        return messages.get(0).text();
    }
}
