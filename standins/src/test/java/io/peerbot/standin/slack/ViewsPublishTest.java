package io.peerbot.standin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.view.View;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Home tab: {@code views.publish} as Slack checks and answers it, and {@code app_home_opened} sent to the app. */
class ViewsPublishTest {
    private SlackStandIn standIn;
    private Slack slack;
    private MethodsClient bot;

    @BeforeEach
    void start() {
        standIn = SlackStandIn.builder().user("U0ALICE", "alice", "Alice Doe", "alice@example.com")
                .channel("C0NET", "network").start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(standIn.apiUrl());
        config.setStatsEnabled(false);
        slack = Slack.getInstance(config);
        bot = slack.methods(standIn.botToken());
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        standIn.close();
    }

    private static List<LayoutBlock> sections(int count) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blocks.add(SectionBlock.builder().text(MarkdownTextObject.builder().text("line " + i).build()).build());
        }
        return blocks;
    }

    @Test
    void aHomeViewIsStoredForThePersonAndAnsweredWithItsIdAndHash() throws Exception {
        Instant before = Instant.now();

        ViewsPublishResponse answer = bot.viewsPublish(r -> r.userId("U0ALICE")
                .view(View.builder().type("home").blocks(sections(100)).build()));

        assertThat(answer.isOk()).as(answer.getError()).isTrue();
        assertThat(answer.getView().getId()).startsWith("V");
        assertThat(answer.getView().getHash()).isNotBlank();
        assertThat(answer.getView().getBlocks()).hasSize(100);
        JsonObject stored = standIn.awaitHomeView("U0ALICE", before, Duration.ofSeconds(5));
        assertThat(stored.get("type").getAsString()).isEqualTo("home");
        assertThat(standIn.homeView("U0ALICE")).isPresent();
    }

    @Test
    void aViewThatIsNotAHomeViewOrHasTooManyBlocksIsRefused() throws Exception {
        ViewsPublishResponse modal = bot.viewsPublish(r -> r.userId("U0ALICE")
                .view(View.builder().type("modal").blocks(sections(1)).build()));
        ViewsPublishResponse tooLong = bot.viewsPublish(r -> r.userId("U0ALICE")
                .view(View.builder().type("home").blocks(sections(101)).build()));
        ViewsPublishResponse nobody = bot.viewsPublish(r -> r.userId("U0NOBODY")
                .view(View.builder().type("home").blocks(sections(1)).build()));

        assertThat(modal.getError()).isEqualTo("invalid_arguments");
        assertThat(tooLong.getError()).isEqualTo("invalid_arguments");
        assertThat(tooLong.getResponseMetadata().getMessages()).anySatisfy(m -> assertThat(m).contains("100"));
        assertThat(nobody.getError()).isEqualTo("user_not_found");
        assertThat(standIn.homeView("U0ALICE")).isEmpty();
    }

    @Test
    void anImageBlockNamesAFileByIdOrUrlNotBoth() throws Exception {
        String view = "{\"type\":\"home\",\"blocks\":[{\"type\":\"image\",\"alt_text\":\"map\","
                + "\"slack_file\":{\"id\":\"F0123456789\",\"url\":\"https://files.example/x.png\"}}]}";

        ViewsPublishResponse answer = bot.viewsPublish(r -> r.userId("U0ALICE").viewAsString(view));

        assertThat(answer.getError()).isEqualTo("invalid_arguments");
    }

    @Test
    void aStaleHashIsAConflict() throws Exception {
        bot.viewsPublish(r -> r.userId("U0ALICE").view(View.builder().type("home").blocks(sections(1)).build()));

        ViewsPublishResponse stale = bot.viewsPublish(r -> r.userId("U0ALICE").hash("1.old")
                .view(View.builder().type("home").blocks(sections(2)).build()));

        assertThat(stale.getError()).isEqualTo("hash_conflict");
    }
}
