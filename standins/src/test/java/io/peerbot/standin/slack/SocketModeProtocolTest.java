package io.peerbot.standin.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Socket Mode on the wire, with a bare client: hello, envelopes, acks, deadlines, disconnects. */
class SocketModeProtocolTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private SlackStandIn slack;
    private Slack sdk;
    private MethodsClient bot;

    @BeforeEach
    void start() {
        slack = SlackStandIn.builder()
                .user("U0ALICE", "alice", "Alice Doe", "alice@example.com")
                .user("U0BOB", "bob", "Bob Roe", "bob@example.com")
                .user("U0CAROL", "carol", "Carol Poe", "carol@example.com")
                .channel("C0NET", "network")
                .privateChannel("C0OPS", "ops", "U0ALICE")
                .ackDeadline(Duration.ofMillis(200))
                .start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        sdk = Slack.getInstance(config);
        bot = sdk.methods(slack.botToken());
    }

    @AfterEach
    void stop() throws Exception {
        sdk.close();
        slack.close();
    }

    @Test
    void helloComesFirstAndTicketsWorkOnce() throws Exception {
        String url = RawSocketModeClient.openUrl(slack);
        assertThat(url).contains("app_id=A0PEERBOT");
        try (RawSocketModeClient client = RawSocketModeClient.connect(url)) {
            JsonObject hello = client.next(WAIT);
            assertThat(hello.get("type").getAsString()).isEqualTo("hello");
            assertThat(hello.get("num_connections").getAsInt()).isEqualTo(1);
            assertThat(hello.getAsJsonObject("connection_info").get("app_id").getAsString()).isEqualTo("A0PEERBOT");
            assertThat(hello.getAsJsonObject("debug_info").has("host")).isTrue();
        }
        assertThatThrownBy(() -> RawSocketModeClient.connect(url)).isInstanceOf(CompletionException.class);
        assertThat(slack.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void typedCommandArrivesAsSlackSendsIt() throws Exception {
        try (RawSocketModeClient client = connected()) {
            Envelope sent = slack.typeCommand("U0ALICE", "C0NET", "/peer", "plan a b");
            JsonObject envelope = client.next(WAIT);
            assertThat(envelope.get("envelope_id").getAsString()).isEqualTo(sent.id());
            assertThat(envelope.get("type").getAsString()).isEqualTo("slash_commands");
            assertThat(envelope.get("accepts_response_payload").getAsBoolean()).isTrue();
            JsonObject payload = envelope.getAsJsonObject("payload");
            assertThat(payload.get("command").getAsString()).isEqualTo("/peer");
            assertThat(payload.get("text").getAsString()).isEqualTo("plan a b");
            assertThat(payload.get("user_id").getAsString()).isEqualTo("U0ALICE");
            assertThat(payload.get("user_name").getAsString()).isEqualTo("alice");
            assertThat(payload.get("channel_name").getAsString()).isEqualTo("network");
            assertThat(payload.get("team_id").getAsString()).isEqualTo("T0PEERBOT");
            assertThat(payload.get("api_app_id").getAsString()).isEqualTo("A0PEERBOT");
            assertThat(payload.get("response_url").getAsString()).startsWith(slack.baseUrl() + "hooks/commands/");
            assertThat(payload.get("trigger_id").getAsString()).isEqualTo(sent.triggerId());
            assertThat(payload.has("token")).isTrue();
        }
    }

    @Test
    void ackIsTimedAndItsPayloadAnswersThePerson() throws Exception {
        try (RawSocketModeClient client = connected()) {
            Envelope sent = slack.typeCommand("U0ALICE", "C0NET", "/peer", "help");
            client.next(WAIT);
            JsonObject ack = new JsonObject();
            ack.addProperty("envelope_id", sent.id());
            JsonObject payload = new JsonObject();
            payload.addProperty("text", "Usage: /peer <vpc> <vpc>");
            ack.add("payload", payload);
            client.send(ack);

            Ack recorded = slack.awaitAck(sent, WAIT);
            assertThat(recorded.latency()).isPositive().isLessThan(WAIT);
            assertThat(recorded.payloadError()).isNull();
            assertThat(slack.awaitEphemeral("U0ALICE", m -> true, WAIT).text()).isEqualTo("Usage: /peer <vpc> <vpc>");
            assertThat(slack.messages("C0NET")).isEmpty();
        }
    }

    @Test
    void inChannelAckPayloadIsPostedToTheChannel() throws Exception {
        try (RawSocketModeClient client = connected()) {
            Envelope sent = slack.typeCommand("U0ALICE", "C0NET", "/peer", "list");
            client.next(WAIT);
            JsonObject ack = new JsonObject();
            ack.addProperty("envelope_id", sent.id());
            JsonObject payload = new JsonObject();
            payload.addProperty("response_type", "in_channel");
            payload.addProperty("text", "3 peerings");
            ack.add("payload", payload);
            client.send(ack);
            assertThat(slack.awaitMessage(m -> m.channel().equals("C0NET"), WAIT).text()).isEqualTo("3 peerings");
        }
    }

    @Test
    void anAckPayloadSlackWouldRefuseIsReported() throws Exception {
        try (RawSocketModeClient client = connected()) {
            Envelope sent = slack.typeCommand("U0ALICE", "C0NET", "/peer", "help");
            client.next(WAIT);
            JsonObject ack = new JsonObject();
            ack.addProperty("envelope_id", sent.id());
            ack.add("payload", JsonParser.parseString(
                    "{\"blocks\":[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\"" + "h".repeat(151) + "\"}}]}"));
            client.send(ack);
            assertThat(slack.awaitAck(sent, WAIT).payloadError()).isEqualTo("invalid_blocks");
            assertThat(slack.ephemeralsFor("U0ALICE")).isEmpty();
        }
    }

    @Test
    void aLargeAckPayloadGetsThrough() throws Exception {
        try (RawSocketModeClient client = connected()) {
            Envelope sent = slack.typeCommand("U0ALICE", "C0NET", "/peer", "plan a b");
            client.next(WAIT);
            JsonArray blocks = new JsonArray();
            for (int i = 0; i < 50; i++) {
                blocks.add(JsonParser.parseString("{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\""
                        + "r".repeat(3000) + "\"}}"));
            }
            JsonObject payload = new JsonObject();
            payload.add("blocks", blocks);
            JsonObject ack = new JsonObject();
            ack.addProperty("envelope_id", sent.id());
            ack.add("payload", payload);
            client.send(ack);
            assertThat(slack.awaitAck(sent, WAIT).payloadError()).isNull();
            assertThat(slack.awaitEphemeral("U0ALICE", m -> true, WAIT).blocks()).hasSize(50);
        }
    }

    @Test
    void aMissingAckIsRecordedAndALateOneMarked() throws Exception {
        try (RawSocketModeClient client = connected()) {
            Envelope sent = slack.typeCommand("U0ALICE", "C0NET", "/peer", "slow");
            client.next(WAIT);
            slack.awaitEvent(e -> e instanceof SlackEvent.AckMissed m && m.envelope().id().equals(sent.id()), WAIT);
            assertThat(slack.missedAcks()).extracting(Envelope::id).containsExactly(sent.id());

            client.ack(sent.id());
            Ack late = slack.awaitAck(sent, WAIT);
            assertThat(late.late()).isTrue();
            assertThat(late.latency()).isGreaterThan(Duration.ofMillis(200));
        }
    }

    @Test
    void clickSendsBlockActionsForTheButton() throws Exception {
        RecordedMessage request = postRequest("C0NET");
        try (RawSocketModeClient client = connected()) {
            Envelope sent = slack.click("U0BOB", request, "approve");
            JsonObject envelope = client.next(WAIT);
            assertThat(envelope.get("type").getAsString()).isEqualTo("interactive");
            assertThat(envelope.get("accepts_response_payload").getAsBoolean()).isFalse();
            JsonObject payload = envelope.getAsJsonObject("payload");
            assertThat(payload.get("type").getAsString()).isEqualTo("block_actions");
            assertThat(payload.getAsJsonObject("user").get("id").getAsString()).isEqualTo("U0BOB");
            assertThat(payload.getAsJsonObject("user").get("username").getAsString()).isEqualTo("bob");
            JsonObject container = payload.getAsJsonObject("container");
            assertThat(container.get("message_ts").getAsString()).isEqualTo(request.ts());
            assertThat(container.get("channel_id").getAsString()).isEqualTo("C0NET");
            assertThat(container.get("is_ephemeral").getAsBoolean()).isFalse();
            assertThat(payload.getAsJsonObject("message").get("ts").getAsString()).isEqualTo(request.ts());
            assertThat(payload.getAsJsonObject("message").getAsJsonArray("blocks")).hasSize(2);
            JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
            assertThat(action.get("action_id").getAsString()).isEqualTo("approve");
            assertThat(action.get("block_id").getAsString()).isEqualTo("decision");
            assertThat(action.get("value").getAsString()).isEqualTo("pcx-1");
            assertThat(action.get("type").getAsString()).isEqualTo("button");
            assertThat(action.getAsJsonObject("text").get("text").getAsString()).isEqualTo("Approve");
            assertThat(payload.get("response_url").getAsString()).isEqualTo(sent.responseUrl()).contains("/hooks/actions/");
        }
    }

    @Test
    void clicksThatNoPersonCouldMakeFailClearly() throws Exception {
        RecordedMessage request = postRequest("C0NET");
        RawSocketModeClient app = connected();
        try {
            assertThatThrownBy(() -> slack.click("U0BOB", request, "merge"))
                    .hasMessageContaining("no button with action_id 'merge'")
                    .hasMessageContaining("approve (Approve)").hasMessageContaining("deny (Deny)");
            assertThatThrownBy(() -> slack.click("U0BOB", request, "deny"))
                    .hasMessageContaining("clickConfirmed");
            assertThatThrownBy(() -> slack.clickConfirmed("U0BOB", request, "approve"))
                    .hasMessageContaining("has no confirm dialog");
            assertThat(slack.clickConfirmed("U0BOB", request, "deny").type()).isEqualTo(Envelope.INTERACTIVE);

            RecordedMessage secret = postRequest("C0OPS");
            assertThatThrownBy(() -> slack.click("U0CAROL", secret, "approve")).hasMessageContaining("not in channel C0OPS");
            bot.chatDelete(r -> r.channel("C0NET").ts(request.ts()));
            assertThatThrownBy(() -> slack.click("U0BOB", request, "approve")).hasMessageContaining("no longer there");
        } finally {
            app.close();
        }
    }

    @Test
    void ephemeralButtonsAreClickedOnlyByTheirRecipient() throws Exception {
        bot.chatPostEphemeral(r -> r.channel("C0NET").user("U0ALICE").text("Delete pcx-1?")
                .blocks(List.of(actions(a -> a.elements(List.of(button(b -> b.actionId("yes").text(plainText("Yes")))))))));
        RecordedMessage offer = slack.awaitEphemeral("U0ALICE", m -> m.hasButton("yes"), WAIT);
        try (RawSocketModeClient client = connected()) {
            assertThatThrownBy(() -> slack.click("U0BOB", offer, "yes")).hasMessageContaining("only U0ALICE");
            slack.click("U0ALICE", offer, "yes");
            JsonObject payload = client.next(WAIT).getAsJsonObject("payload");
            assertThat(payload.getAsJsonObject("container").get("is_ephemeral").getAsBoolean()).isTrue();
            assertThat(payload.has("message")).isFalse();
        }
    }

    @Test
    void nobodyConnectedMeansDispatchFailed() {
        assertThatThrownBy(() -> slack.typeCommand("U0ALICE", "C0NET", "/peer", "help"))
                .isInstanceOf(NotConnectedException.class).hasMessageContaining("dispatch_failed");
    }

    @Test
    void disconnectIsSentAndNewEnvelopesPreferTheFreshConnection() throws Exception {
        try (RawSocketModeClient old = connected()) {
            slack.sendDisconnect("refresh_requested");
            JsonObject disconnect = old.next(WAIT);
            assertThat(disconnect.get("type").getAsString()).isEqualTo("disconnect");
            assertThat(disconnect.get("reason").getAsString()).isEqualTo("refresh_requested");
            try (RawSocketModeClient fresh = connected()) {
                Envelope sent = slack.typeCommand("U0ALICE", "C0NET", "/peer", "help");
                assertThat(fresh.next(WAIT).get("envelope_id").getAsString()).isEqualTo(sent.id());
                assertThat(sent.connectionId()).isEqualTo("conn-2");
            }
        }
    }

    @Test
    void envelopesAreSpreadOverTheOpenConnectionsInTurn() throws Exception {
        try (RawSocketModeClient one = connected(); RawSocketModeClient two = connected()) {
            List<Envelope> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(slack.typeCommand("U0ALICE", "C0NET", "/peer", "help"));
            }

            assertThat(sent).extracting(Envelope::connectionId).containsOnly("conn-1", "conn-2");
            assertThat(sent.stream().filter(e -> e.connectionId().equals("conn-1"))).hasSize(2);
            assertThat(one.next(WAIT).get("envelope_id").getAsString())
                    .isIn(sent.stream().map(Envelope::id).toList());
            assertThat(two.next(WAIT).get("envelope_id").getAsString())
                    .isIn(sent.stream().map(Envelope::id).toList());
        }
    }

    @Test
    void droppedAndClosedConnectionsAreSeenByTheClient() throws Exception {
        try (RawSocketModeClient client = connected()) {
            slack.disconnectAndClose("link_disabled");
            assertThat(client.next(WAIT).get("reason").getAsString()).isEqualTo("link_disabled");
            assertThat(client.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1000);
        }
        try (RawSocketModeClient client = connected()) {
            slack.dropConnections();
            client.awaitClosed(WAIT);
            slack.await("the dropped socket closed", WAIT,
                    () -> slack.openConnections() == 0 ? Optional.of(true) : Optional.empty());
        }
    }

    private RawSocketModeClient connected() throws Exception {
        RawSocketModeClient client = RawSocketModeClient.connect(slack);
        assertThat(client.next(WAIT).get("type").getAsString()).isEqualTo("hello");
        return client;
    }

    private RecordedMessage postRequest(String channel) throws Exception {
        var answer = bot.chatPostMessage(r -> r.channel(channel).text("Peering request").blocks(List.of(
                section(s -> s.text(markdownText("*app-vpc* ↔ *db-vpc*"))),
                actions(a -> a.blockId("decision").elements(List.of(
                        button(b -> b.actionId("approve").text(plainText("Approve")).value("pcx-1").style("primary")),
                        button(b -> b.actionId("deny").text(plainText("Deny")).value("pcx-1").style("danger")
                                .confirm(ConfirmationDialogObject.builder()
                                        .title(plainText("Deny?")).text(plainText("This rejects the peering."))
                                        .confirm(plainText("Deny")).deny(plainText("Cancel")).build()))))))));
        assertThat(answer.isOk()).as(answer.getError()).isTrue();
        return slack.message(channel, answer.getTs()).orElseThrow();
    }
}
