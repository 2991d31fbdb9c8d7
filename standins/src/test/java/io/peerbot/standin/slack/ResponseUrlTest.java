package io.peerbot.standin.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.assertj.core.api.Assertions.assertThat;

/** What the app's posts to a {@code response_url} do, as Slack would do them. */
class ResponseUrlTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final HttpClient http = HttpClient.newHttpClient();

    private SlackStandIn slack;
    private Slack sdk;
    private MethodsClient bot;
    private RawSocketModeClient app;

    @BeforeEach
    void start() throws Exception {
        slack = SlackStandIn.builder()
                .user("U0ALICE", "alice", "Alice Doe", "alice@example.com")
                .user("U0BOB", "bob", "Bob Roe", "bob@example.com")
                .channel("C0NET", "network")
                .start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        sdk = Slack.getInstance(config);
        bot = sdk.methods(slack.botToken());
        app = RawSocketModeClient.connect(slack);
        // The client's handshake can finish before the stand-in has registered the connection.
        slack.awaitConnected(WAIT);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        sdk.close();
        slack.close();
    }

    @Test
    void aCommandResponseIsEphemeralUnlessInChannel() throws Exception {
        Envelope typed = slack.typeCommand("U0ALICE", "C0NET", "/peer", "list");
        assertThat(post(typed.responseUrl(), "{\"text\":\"only for you\"}").statusCode()).isEqualTo(200);
        assertThat(post(typed.responseUrl(), "{\"text\":\"for all\",\"response_type\":\"in_channel\"}").statusCode()).isEqualTo(200);

        assertThat(slack.ephemeralsFor("U0ALICE")).extracting(RecordedMessage::text).containsExactly("only for you");
        assertThat(slack.messages("C0NET")).extracting(RecordedMessage::text).containsExactly("for all");
        assertThat(slack.responseUrlPosts()).extracting(ResponseUrlPost::outcome).containsExactly("ok", "ok");
        assertThat(slack.responseUrlPosts().get(0).envelope().id()).isEqualTo(typed.id());
    }

    @Test
    void aClickResponseCanReplaceTheWholeMessage() throws Exception {
        RecordedMessage request = postRequest();
        Envelope click = slack.click("U0BOB", request, "approve");
        post(click.responseUrl(), "{\"replace_original\":true,\"text\":\"Approved by <@U0BOB>\"}");

        RecordedMessage now = slack.message("C0NET", request.ts()).orElseThrow();
        assertThat(now.text()).isEqualTo("Approved by <@U0BOB>");
        assertThat(now.buttons()).isEmpty();
        assertThat(now.versions()).extracting(MessageVersion::via).containsExactly("chat.postMessage", "response_url");
    }

    @Test
    void aClickResponseCanDeleteTheMessageOrAnswerOnlyTheClicker() throws Exception {
        RecordedMessage request = postRequest();
        Envelope click = slack.click("U0BOB", request, "approve");
        post(click.responseUrl(), "{\"text\":\"You cannot approve this side\"}");
        assertThat(slack.ephemeralsFor("U0BOB")).extracting(RecordedMessage::text).containsExactly("You cannot approve this side");
        assertThat(slack.message("C0NET", request.ts()).orElseThrow().edited()).isFalse();

        post(click.responseUrl(), "{\"delete_original\":true}");
        assertThat(slack.messages("C0NET")).isEmpty();
        assertThat(slack.message("C0NET", request.ts()).orElseThrow().deleted()).isTrue();
    }

    @Test
    void aResponseUrlWorksFiveTimes() throws Exception {
        Envelope typed = slack.typeCommand("U0ALICE", "C0NET", "/peer", "list");
        for (int i = 0; i < 5; i++) {
            assertThat(post(typed.responseUrl(), "{\"text\":\"n" + i + "\"}").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> sixth = post(typed.responseUrl(), "{\"text\":\"n5\"}");
        assertThat(sixth.statusCode()).isEqualTo(404);
        assertThat(sixth.body()).contains("expired_url");
        assertThat(slack.ephemeralsFor("U0ALICE")).hasSize(5);
    }

    @Test
    void invalidContentIsRefusedAndRecorded() throws Exception {
        Envelope typed = slack.typeCommand("U0ALICE", "C0NET", "/peer", "list");
        HttpResponse<String> answer = post(typed.responseUrl(),
                "{\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + "x".repeat(3001) + "\"}}]}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("invalid_blocks");
        assertThat(slack.awaitResponseUrlPost(p -> !p.ok(), WAIT).outcome()).isEqualTo("invalid_blocks");
        assertThat(slack.ephemeralsFor("U0ALICE")).isEmpty();
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private RecordedMessage postRequest() throws Exception {
        var answer = bot.chatPostMessage(r -> r.channel("C0NET").text("Peering request").blocks(List.of(
                actions(a -> a.elements(List.of(button(b -> b.actionId("approve").text(plainText("Approve")).value("pcx-1"))))))));
        return slack.message("C0NET", answer.getTs()).orElseThrow();
    }
}
