package io.peerbot.standin.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;

/** The Web API through Slack's own Java client, as the bot calls it. */
class WebApiTest {
    /** The stand-in's time, moved by the tests. */
    private final java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
            new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-05-01T12:00:00Z"));
    private SlackStandIn standIn;
    private Slack slack;
    private MethodsClient bot;

    @BeforeEach
    void start() {
        standIn = SlackStandIn.builder()
                .user("U0ALICE", "alice", "Alice Doe", "alice@example.com")
                .user("U0BOB", "bob", "Bob Roe", "bob@example.com")
                .channel("C0NET", "network")
                .privateChannel("C0SECRET", "secret", "U0ALICE")
                .clock(new java.time.Clock() {
                    @Override
                    public java.time.ZoneId getZone() {
                        return java.time.ZoneOffset.UTC;
                    }

                    @Override
                    public java.time.Clock withZone(java.time.ZoneId zone) {
                        return this;
                    }

                    @Override
                    public java.time.Instant instant() {
                        return now.get();
                    }
                })
                .start();
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

    @Test
    void authTestNamesTheBotAndTheTeam() throws Exception {
        var answer = bot.authTest(r -> r);
        assertThat(answer.isOk()).isTrue();
        assertThat(answer.getUserId()).isEqualTo("U0PEERBOT");
        assertThat(answer.getBotId()).isEqualTo("B0PEERBOT");
        assertThat(answer.getTeamId()).isEqualTo("T0PEERBOT");
    }

    @Test
    void aThreadsRepliesCarryTheMetadataTheyWerePostedWithPageByPage() throws Exception {
        ChatPostMessageResponse parent = bot.chatPostMessage(r -> r.channel("C0NET").text("the card"));
        com.slack.api.model.Message.Metadata marked = com.slack.api.model.Message.Metadata.builder()
                .eventType("peerbot_outcome").eventPayload(java.util.Map.of("change", "create 1")).build();
        bot.chatPostMessage(r -> r.channel("C0NET").threadTs(parent.getTs()).text("a step"));
        bot.chatPostMessage(r -> r.channel("C0NET").threadTs(parent.getTs()).text("is ready").metadata(marked));

        var first = bot.conversationsReplies(r -> r.channel("C0NET").ts(parent.getTs()).limit(2)
                .includeAllMetadata(true));
        var rest = bot.conversationsReplies(r -> r.channel("C0NET").ts(parent.getTs()).limit(2)
                .includeAllMetadata(true).cursor(first.getResponseMetadata().getNextCursor()));
        var unasked = bot.conversationsReplies(r -> r.channel("C0NET").ts(parent.getTs()));

        assertThat(first.isOk()).isTrue();
        assertThat(first.getMessages()).extracting(com.slack.api.model.Message::getText)
                .containsExactly("the card", "a step");
        assertThat(first.isHasMore()).isTrue();
        assertThat(rest.getMessages()).singleElement().satisfies(m -> {
            assertThat(m.getText()).isEqualTo("is ready");
            assertThat(m.getMetadata().getEventType()).isEqualTo("peerbot_outcome");
            assertThat(m.getMetadata().getEventPayload()).containsEntry("change", "create 1");
        });
        assertThat(rest.isHasMore()).isFalse();
        assertThat(unasked.getMessages()).allSatisfy(m -> assertThat(m.getMetadata()).isNull());
    }

    @Test
    void metadataSlackWouldNotTakeIsRefusedAndNothingIsPosted() throws Exception {
        var noType = bot.chatPostMessage(r -> r.channel("C0NET").text("x")
                .metadataAsString("{\"event_payload\":{}}"));
        var notJson = bot.chatPostMessage(r -> r.channel("C0NET").text("x").metadataAsString("{oops"));
        var unknownThread = bot.conversationsReplies(r -> r.channel("C0NET").ts("1700000000.000100"));

        assertThat(noType.getError()).isEqualTo("invalid_metadata_schema");
        assertThat(notJson.getError()).isEqualTo("invalid_metadata_format");
        assertThat(unknownThread.getError()).isEqualTo("thread_not_found");
        assertThat(standIn.messages("C0NET")).isEmpty();
    }

    @Test
    void tokensAreChecked() throws Exception {
        assertThat(slack.methods("xoxb-forged").authTest(r -> r).getError()).isEqualTo("invalid_auth");
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(standIn.apiUrl() + "auth.test")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.body()).contains("\"error\":\"not_authed\"");
        assertThat(slack.methods(standIn.appToken()).authTest(r -> r).getError()).isEqualTo("not_allowed_token_type");
        assertThat(bot.appsConnectionsOpen(r -> r).getError()).isEqualTo("not_allowed_token_type");

        var open = slack.methods(standIn.appToken()).appsConnectionsOpen(r -> r);
        assertThat(open.isOk()).isTrue();
        assertThat(open.getUrl()).startsWith("ws://127.0.0.1:").contains("/link/?ticket=");
        assertThat(standIn.apiCalls("auth.test")).extracting(ApiCall::error)
                .containsExactly("invalid_auth", "not_authed", "not_allowed_token_type");
    }

    @Test
    void postsAreRecordedWithThreadsAndEdits() throws Exception {
        ChatPostMessageResponse parent = bot.chatPostMessage(r -> r.channel("C0NET").text("request")
                .blocks(List.of(section(s -> s.text(markdownText("*peer* app-vpc with db-vpc"))))));
        assertThat(parent.isOk()).isTrue();
        assertThat(parent.getMessage().getBlocks()).hasSize(1);
        assertThat(parent.getMessage().getBlocks().get(0).getBlockId()).isNotBlank();

        var reply = bot.chatPostMessage(r -> r.channel("#network").threadTs(parent.getTs()).text("step 1 done"));
        var update = bot.chatUpdate(r -> r.channel("C0NET").ts(parent.getTs()).text("request (approved)"));
        assertThat(reply.isOk()).isTrue();
        assertThat(update.isOk()).isTrue();

        assertThat(standIn.messages("C0NET")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("request (approved)");
            assertThat(m.allText()).contains("*peer* app-vpc with db-vpc");
            assertThat(m.versions()).extracting(MessageVersion::text).containsExactly("request", "request (approved)");
            assertThat(m.user()).isEqualTo("U0PEERBOT");
        });
        assertThat(standIn.thread("C0NET", parent.getTs())).extracting(RecordedMessage::text).containsExactly("step 1 done");

        var link = bot.chatGetPermalink(r -> r.channel("C0NET").messageTs(reply.getTs()));
        assertThat(link.getPermalink()).startsWith(standIn.baseUrl() + "archives/C0NET/p")
                .endsWith("?thread_ts=" + parent.getTs() + "&cid=C0NET");
    }

    @Test
    void ephemeralsGoToOnePersonInTheChannel() throws Exception {
        assertThat(bot.chatPostEphemeral(r -> r.channel("C0NET").user("U0BOB").text("only you")).isOk()).isTrue();
        assertThat(bot.chatPostEphemeral(r -> r.channel("C0SECRET").user("U0BOB").text("x")).getError())
                .isEqualTo("user_not_in_channel");
        assertThat(bot.chatPostEphemeral(r -> r.channel("C0NET").user("U0NOBODY").text("x")).getError())
                .isEqualTo("user_not_found");
        assertThat(standIn.ephemeralsFor("U0BOB")).extracting(RecordedMessage::text).containsExactly("only you");
        assertThat(standIn.messages("C0NET")).isEmpty();
    }

    @Test
    void slackErrorsForBadTargets() throws Exception {
        assertThat(bot.chatPostMessage(r -> r.channel("C0NOPE").text("x")).getError()).isEqualTo("channel_not_found");
        assertThat(bot.chatPostMessage(r -> r.channel("C0NET")).getError()).isEqualTo("no_text");
        assertThat(bot.chatUpdate(r -> r.channel("C0NET").ts("1700000000.000001").text("x")).getError())
                .isEqualTo("message_not_found");
        assertThat(bot.chatPostMessage(r -> r.channel("C0NET").threadTs("0").text("x")).getError())
                .isEqualTo("invalid_thread_ts");
        standIn.workspace().leave("C0NET", "U0PEERBOT");
        assertThat(bot.chatPostMessage(r -> r.channel("C0NET").text("x")).getError()).isEqualTo("not_in_channel");
    }

    @Test
    void usersAndChannelsAreLookedUp() throws Exception {
        var alice = bot.usersLookupByEmail(r -> r.email("Alice@Example.com"));
        assertThat(alice.getUser().getId()).isEqualTo("U0ALICE");
        assertThat(alice.getUser().getProfile().getEmail()).isEqualTo("alice@example.com");
        assertThat(bot.usersLookupByEmail(r -> r.email("eve@example.com")).getError()).isEqualTo("users_not_found");
        assertThat(bot.usersInfo(r -> r.user("U0BOB")).getUser().getRealName()).isEqualTo("Bob Roe");
        assertThat(bot.usersInfo(r -> r.user("U0NOBODY")).getError()).isEqualTo("user_not_found");
        assertThat(bot.conversationsInfo(r -> r.channel("C0NET")).getChannel().getName()).isEqualTo("network");
        assertThat(bot.conversationsInfo(r -> r.channel("C0NOPE")).getError()).isEqualTo("channel_not_found");
        String dm = bot.conversationsOpen(r -> r.users(List.of("U0BOB"))).getChannel().getId();
        assertThat(dm).isEqualTo("D0BOB");
        assertThat(bot.chatPostMessage(r -> r.channel(dm).text("psst")).isOk()).isTrue();
        assertThat(bot.chatPostMessage(r -> r.channel("U0ALICE").text("hi")).getChannel()).isEqualTo("D0ALICE");
        assertThat(standIn.messages("D0BOB")).extracting(RecordedMessage::text).containsExactly("psst");
        standIn.workspace().addUserGroup("S0NETOPS", "netops", "U0ALICE", "U0BOB");
        assertThat(bot.usergroupsUsersList(r -> r.usergroup("S0NETOPS")).getUsers()).containsExactly("U0ALICE", "U0BOB");
    }

    @Test
    void fiftyOneBlocksAreRefusedAsSlackDoes() throws Exception {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            blocks.add(section(s -> s.text(markdownText("line"))));
        }
        var answer = bot.chatPostMessage(r -> r.channel("C0NET").text("too many").blocks(blocks));
        assertThat(answer.isOk()).isFalse();
        assertThat(answer.getError()).isEqualTo("invalid_blocks");
        assertThat(answer.getResponseMetadata().getMessages())
                .containsExactly("[ERROR] no more than 50 items allowed [json-pointer:/blocks]");
        assertThat(standIn.allMessages()).isEmpty();
    }

    @Test
    void overlongSectionTextIsRefused() throws Exception {
        String text = "x".repeat(3001);
        var answer = bot.chatPostMessage(r -> r.channel("C0NET").text("long").blocks(List.of(section(s -> s.text(markdownText(text))))));
        assertThat(answer.getError()).isEqualTo("invalid_blocks");
        assertThat(answer.getResponseMetadata().getMessages())
                .containsExactly("[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]");
        assertThat(bot.chatPostMessage(r -> r.channel("C0NET").text("y".repeat(40_001))).getError()).isEqualTo("msg_too_long");
        assertThat(bot.chatPostMessage(r -> r.channel("C0NET").text("z".repeat(40_000))).isOk()).isTrue();
    }

    @Test
    void injectedFaultsAnswerOnce() throws Exception {
        standIn.failNext("chat.postMessage", "fatal_error");
        assertThat(bot.chatPostMessage(r -> r.channel("C0NET").text("a")).getError()).isEqualTo("fatal_error");
        assertThat(bot.chatPostMessage(r -> r.channel("C0NET").text("b")).isOk()).isTrue();
    }

    @Test
    void unknownMethodsAndRateLimitsAnswerLikeSlack() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(standIn.apiUrl() + "chat.teleport"))
                .header("Authorization", "Bearer " + standIn.botToken())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("\"ok\":false").contains("\"error\":\"unknown_method\"");

        standIn.failNext("chat.postMessage", "ratelimited");
        HttpResponse<String> limited = http.send(HttpRequest.newBuilder(URI.create(standIn.apiUrl() + "chat.postMessage"))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer " + standIn.botToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"C0NET\",\"text\":\"hi\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
    }

    @Test
    void anOutageLastsItsTimeOnTheStandInsClockSayingHowLongIsLeft() throws Exception {
        standIn.failFor("chat.postMessage", "ratelimited", java.time.Duration.ofSeconds(60));

        HttpResponse<String> limited = post("chat.postMessage");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("60");
        now.updateAndGet(t -> t.plusSeconds(45));
        assertThat(post("chat.postMessage").headers().firstValue("Retry-After")).contains("15");
        assertThat(bot.chatUpdate(r -> r.channel("C0NET").ts("1.0").text("x")).getError())
                .as("other methods are up").isNotEqualTo("ratelimited");
        now.updateAndGet(t -> t.plusSeconds(15));
        assertThat(bot.chatPostMessage(r -> r.channel("C0NET").text("after")).isOk()).isTrue();
        assertThat(standIn.messages("C0NET")).extracting(RecordedMessage::text).containsExactly("after");
    }

    @Test
    void anOutageUntilRestoredAnswersServerErrorsWithoutABody() throws Exception {
        standIn.failUntilRestored("chat.update", "http_503");

        assertThat(post("chat.update").statusCode()).isEqualTo(503);
        now.updateAndGet(t -> t.plus(java.time.Duration.ofDays(1)));
        assertThat(post("chat.update").statusCode()).isEqualTo(503);
        standIn.restore("chat.update");
        assertThat(post("chat.update").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String method) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(standIn.apiUrl() + method))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("Authorization", "Bearer " + standIn.botToken())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"C0NET\",\"text\":\"hi\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
