package io.peerbot.adapter.slack.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import io.peerbot.adapter.slack.blocks.NoticeRenderer;
import io.peerbot.application.port.SharedFile;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.standin.slack.SharedSlackFile;
import io.peerbot.standin.slack.SlackStandIn;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sharing a file through the real Slack SDK against the Slack stand-in. */
class SlackChatFilesTest {
    private static final byte[] HCL = "import {\n  to = aws_vpc_peering_connection.this\n  id = \"pcx-1\"\n}\n"
            .getBytes(StandardCharsets.UTF_8);

    private SlackStandIn standIn;
    private Slack slack;
    private SlackChat chat;

    @BeforeEach
    void start() {
        standIn = SlackStandIn.builder()
                .user("U0ALICE", "alice", "Alice Doe", "alice@example.com")
                .channel("C0NET", "network")
                .channel("C0ELSE", "elsewhere")
                .start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(standIn.apiUrl());
        config.setStatsEnabled(false);
        slack = Slack.getInstance(config);
        chat = new SlackChat(slack.methods(standIn.botToken()), new NoticeRenderer(Clock.systemUTC()),
                new SlackCalls(d -> { }));
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        standIn.close();
    }

    @Test
    void aFileSharedInAThreadArrivesThereWithItsNameTitleAndBytes() {
        MessageRef thread = chat.post("C0NET", new Notice.Text("the request"));

        chat.share(SharedFile.inThread(thread, "peering-pcx-1.tf", "Terraform for pcx-1", HCL));

        assertThat(standIn.files("C0NET", thread.ts())).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("peering-pcx-1.tf");
            assertThat(file.title()).isEqualTo("Terraform for pcx-1");
            assertThat(file.content()).isEqualTo(HCL);
        });
        assertThat(standIn.apiCalls()).extracting(c -> c.method())
                .containsSubsequence("files.getUploadURLExternal", "files.completeUploadExternal");
    }

    @Test
    void aFileSharedInAChannelIsNotInAnyThread() {
        chat.share(SharedFile.inChannel("C0NET", "map.png", "VPC map", HCL));

        assertThat(standIn.files()).singleElement().extracting(SharedSlackFile::channel, SharedSlackFile::threadTs)
                .containsExactly("C0NET", null);
    }

    @Test
    void aChannelTheBotIsNotInFailsWithSlacksErrorAndSharesNothing() {
        standIn.workspace().leave("C0ELSE", "U0PEERBOT");

        assertThatThrownBy(() -> chat.share(SharedFile.inChannel("C0ELSE", "a.tf", "a", HCL)))
                .isInstanceOfSatisfying(SlackCallFailed.class, e -> {
                    assertThat(e.method()).isEqualTo("files.completeUploadExternal");
                    assertThat(e.error()).isEqualTo("not_in_channel");
                });
        assertThat(standIn.files()).isEmpty();
    }

    @Test
    void aRateLimitedUploadUrlRequestIsRetried() {
        standIn.failNext("files.getUploadURLExternal", "ratelimited");

        chat.share(SharedFile.inChannel("C0NET", "a.tf", "a", HCL));

        assertThat(standIn.files()).hasSize(1);
    }
}
