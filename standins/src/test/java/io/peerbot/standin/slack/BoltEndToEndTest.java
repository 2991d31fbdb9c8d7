package io.peerbot.standin.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.assertj.core.api.Assertions.assertThat;

/** The real Bolt app over Socket Mode against the stand-in: command, ack, message, click, reconnect. */
class BoltEndToEndTest {
    private static final Logger LOG = LoggerFactory.getLogger(BoltEndToEndTest.class);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private SlackStandIn slack;
    private BoltHarness bolt;
    private final CompletableFuture<SlashCommandPayload> typed = new CompletableFuture<>();
    private final CompletableFuture<BlockActionPayload> clicked = new CompletableFuture<>();

    @BeforeEach
    void start() throws Exception {
        slack = SlackStandIn.builder()
                .user("U0ALICE", "alice", "Alice Doe", "alice@example.com")
                .user("U0BOB", "bob", "Bob Roe", "bob@example.com")
                .channel("C0NET", "network")
                .start();
        bolt = new BoltHarness(slack, this::peerbotLike);
        slack.awaitConnected(WAIT);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            bolt.close();
        } finally {
            slack.close();
        }
    }

    /** A miniature of the bot: /peer posts a request with an Approve button; Approve updates it and tells the clicker. */
    private void peerbotLike(App app) {
        app.command("/peer", (req, ctx) -> {
            SlashCommandPayload p = req.getPayload();
            typed.complete(p);
            ctx.client().chatPostMessage(r -> r.channel(p.getChannelId()).text("Peering request: " + p.getText())
                    .blocks(requestBlocks(p.getText())));
            return ctx.ack("Checking your request…");
        });
        app.blockAction("approve", (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            clicked.complete(p);
            ctx.client().chatUpdate(r -> r.channel(p.getChannel().getId()).ts(p.getMessage().getTs())
                    .text("Approved by <@" + p.getUser().getId() + ">")
                    .blocks(List.of(section(s -> s.text(markdownText("Approved by <@" + p.getUser().getId() + ">"))))));
            ctx.client().chatPostEphemeral(r -> r.channel(p.getChannel().getId()).user(p.getUser().getId())
                    .text("You approved " + p.getActions().get(0).getValue()));
            return ctx.ack();
        });
    }

    private static List<LayoutBlock> requestBlocks(String text) {
        return List.of(
                section(s -> s.text(markdownText("*Peering request* `" + text + "`"))),
                actions(a -> a.blockId("decision").elements(List.of(
                        button(b -> b.actionId("approve").text(plainText("Approve")).value("pcx-0a1b2c3d").style("primary")),
                        button(b -> b.actionId("deny").text(plainText("Deny")).value("pcx-0a1b2c3d").style("danger"))))));
    }

    @Test
    void commandIsAckedAndAnsweredThenTheClickIsHandled() throws Exception {
        Envelope command = slack.typeCommand("U0ALICE", "C0NET", "/peer", "app-vpc db-vpc --ports tcp:5432");

        Ack ack = slack.awaitAck(command, WAIT);
        LOG.info("slash command acked after {} ms", ack.latency().toMillis());
        assertThat(ack.late()).isFalse();
        assertThat(ack.payloadJson()).contains("Checking your request");
        assertThat(slack.awaitEphemeral("U0ALICE", m -> m.text().startsWith("Checking"), WAIT).channel()).isEqualTo("C0NET");

        SlashCommandPayload seenByBolt = typed.get(5, TimeUnit.SECONDS);
        assertThat(seenByBolt.getCommand()).isEqualTo("/peer");
        assertThat(seenByBolt.getText()).isEqualTo("app-vpc db-vpc --ports tcp:5432");
        assertThat(seenByBolt.getUserName()).isEqualTo("alice");
        assertThat(seenByBolt.getResponseUrl()).isEqualTo(command.responseUrl());

        RecordedMessage request = slack.awaitMessage(m -> m.hasButton("approve"), WAIT);
        assertThat(request.channel()).isEqualTo("C0NET");
        assertThat(request.allText()).contains("app-vpc db-vpc");

        Envelope click = slack.click("U0BOB", request, "approve");
        Ack clickAck = slack.awaitAck(click, WAIT);
        LOG.info("button click acked after {} ms", clickAck.latency().toMillis());

        BlockActionPayload action = clicked.get(5, TimeUnit.SECONDS);
        assertThat(action.getUser().getId()).isEqualTo("U0BOB");
        assertThat(action.getActions().get(0).getValue()).isEqualTo("pcx-0a1b2c3d");
        assertThat(action.getActions().get(0).getBlockId()).isEqualTo("decision");
        assertThat(action.getMessage().getTs()).isEqualTo(request.ts());
        assertThat(action.getContainer().getChannelId()).isEqualTo("C0NET");

        RecordedMessage approved = slack.awaitMessage(m -> m.ts().equals(request.ts()) && m.edited(), WAIT);
        assertThat(approved.text()).isEqualTo("Approved by <@U0BOB>");
        assertThat(approved.buttons()).isEmpty();
        assertThat(slack.awaitEphemeral("U0BOB", m -> true, WAIT).text()).isEqualTo("You approved pcx-0a1b2c3d");
        assertThat(slack.acks()).hasSize(2);
        assertThat(slack.missedAcks()).isEmpty();
    }

    @Test
    void boltReconnectsWhenTheSocketIsClosedAfterDisconnectAndKeepsHandlingCommands() throws Exception {
        int opened = slack.connectionsOpened();

        slack.disconnectAndClose("refresh_requested");
        slack.awaitConnectionsOpened(opened + 1, WAIT);
        bolt.awaitCurrentSessionOpen(WAIT);

        Envelope command = slack.typeCommand("U0ALICE", "C0NET", "/peer", "app-vpc db-vpc");
        assertThat(command.connectionId()).isEqualTo("conn-" + (opened + 1));
        Ack ack = slack.awaitAck(command, WAIT);
        LOG.info("slash command after a closed socket acked after {} ms", ack.latency().toMillis());
        assertThat(slack.awaitMessage(m -> m.hasButton("approve"), WAIT).channel()).isEqualTo("C0NET");
        assertThat(slack.apiCalls("apps.connections.open")).hasSizeGreaterThanOrEqualTo(opened + 1);
    }

    @Test
    void boltMovesToANewConnectionOnRefreshRequestedAndClosesTheOldOne() throws Exception {
        int opened = slack.connectionsOpened();

        slack.sendDisconnect("refresh_requested");
        slack.awaitConnected(WAIT);

        assertThat(slack.connectionsOpened()).isEqualTo(opened + 1);
        assertThat(slack.openConnections()).isEqualTo(1);
        Envelope command = slack.typeCommand("U0ALICE", "C0NET", "/peer", "x y");
        assertThat(command.connectionId()).isEqualTo("conn-" + (opened + 1));
        Ack ack = slack.awaitAck(command, WAIT);
        LOG.info("slash command after a refresh acked after {} ms", ack.latency().toMillis());
    }

    @Test
    void boltComesBackAfterTheConnectionIsCutWithoutAWord() throws Exception {
        int opened = slack.connectionsOpened();

        slack.dropConnections();
        // Nothing tells Bolt; its session monitor notices within its 5-second round and reconnects.
        slack.awaitConnectionsOpened(opened + 1, Duration.ofSeconds(20));
        bolt.awaitCurrentSessionOpen(WAIT);

        Envelope command = slack.typeCommand("U0ALICE", "C0NET", "/peer", "x y");
        slack.awaitAck(command, WAIT);
    }
}
