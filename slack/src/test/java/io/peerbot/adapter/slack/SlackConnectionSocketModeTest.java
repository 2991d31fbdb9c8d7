package io.peerbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.adapter.slack.actions.ActionIds;
import io.peerbot.adapter.slack.blocks.Fixtures;
import io.peerbot.adapter.slack.chat.SlackCallFailed;
import io.peerbot.application.port.Actor;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.lifecycle.ChangeRef;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.standin.slack.Ack;
import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackStandIn;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real Bolt app over Socket Mode (Tyrus) against the Slack stand-in, with the use cases faked. */
class SlackConnectionSocketModeTest {
    private static final Logger log = LoggerFactory.getLogger(SlackConnectionSocketModeTest.class);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration FAST_ACK = Duration.ofMillis(1500);
    private static final String CHANNEL = "C0NET";

    private final RecordingCommands commands = new RecordingCommands();
    private Set<Thread> threadsBefore;
    private SlackStandIn slack;
    private SlackConnection bot;

    @BeforeEach
    void start() throws Exception {
        threadsBefore = new HashSet<>(Thread.getAllStackTraces().keySet());
        slack = SlackStandIn.builder()
                .user("U0ALICE", "alice", "Alice Doe", "alice@example.com")
                .user("U0BOB", "bob", "Bob Roe", "bob@example.com")
                .channel(CHANNEL, "network")
                .start();
        bot = new SlackConnection(new SlackSettings(slack.botToken(), slack.appToken(), slack.apiUrl()),
                new WorkQueue.Size(2, 2), Clock.systemUTC());
        bot.routeTo(commands).startSocketMode();
        slack.awaitConnected(WAIT);
    }

    @AfterEach
    void stop() {
        commands.release();
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            if (slack != null) {
                slack.close();
            }
        }
    }

    @Test
    void aTypedCommandIsAcknowledgedAtOnceAndWorkedOnByTheBotsOwnThreads() throws Exception {
        commands.holdCalls();

        Envelope typed = slack.typeCommand("U0ALICE", CHANNEL, "/peer", "app-vpc db-vpc --ports tcp:5432");
        Ack ack = slack.awaitAck(typed, WAIT);

        log.info("/peer acked in {} ms", ack.latency().toMillis());
        assertThat(ack.latency()).isLessThan(FAST_ACK);
        assertThat(ack.late()).isFalse();
        assertThat(ack.payloadJson()).isNull();
        RecordingCommands.Call call = commands.next(WAIT);
        assertThat(call.method()).isEqualTo("onCommand");
        assertThat(call.actor()).isEqualTo(new Actor("U0ALICE", CHANNEL));
        assertThat(call.argument()).isEqualTo("app-vpc db-vpc --ports tcp:5432");
        assertThat(call.thread()).startsWith("peerbot-worker-");
    }

    @Test
    void clickingApproveOrDenyOnAPostedCardDeliversTheExactReference() throws Exception {
        MessageRef card = bot.chat().post(CHANNEL, Fixtures.awaitingCard(3, 1));
        RecordedMessage shown = slack.message(CHANNEL, card.ts()).orElseThrow();
        String reference = new ChangeReference(new PcxId(Fixtures.PCX), Fixtures.APP_AT,
                new ChangeRef(ChangeKind.CREATE, Fixtures.CREATED.toEpochMilli())).encode();
        assertThat(shown.button(ActionIds.APPROVE).orElseThrow().confirm().text())
                .startsWith("Accept " + Fixtures.PCX + ", add 6 routes in 6 route tables and 4 rules in 2 groups");

        Ack approveAck = slack.awaitAck(slack.clickConfirmed("U0BOB", shown, ActionIds.APPROVE), WAIT);
        RecordingCommands.Call approve = commands.next(WAIT);
        Ack denyAck = slack.awaitAck(slack.clickConfirmed("U0ALICE", shown, ActionIds.DENY), WAIT);
        RecordingCommands.Call deny = commands.next(WAIT);

        log.info("Approve acked in {} ms, Deny in {} ms", approveAck.latency().toMillis(),
                denyAck.latency().toMillis());
        assertThat(approveAck.latency()).isLessThan(FAST_ACK);
        assertThat(denyAck.latency()).isLessThan(FAST_ACK);
        assertThat(approve).isEqualTo(new RecordingCommands.Call("onApprove", new Actor("U0BOB", CHANNEL), reference,
                approve.thread()));
        assertThat(deny).isEqualTo(new RecordingCommands.Call("onDeny", new Actor("U0ALICE", CHANNEL), reference,
                deny.thread()));
        assertThat(List.of(approve.thread(), deny.thread())).allMatch(t -> t.startsWith("peerbot-click-"));
    }

    @Test
    void postsRepliesUpdatesAndEphemeralsShowUpInSlack() {
        MessageRef posted = bot.chat().post(CHANNEL, new Notice.Text("Peering *requested*"));
        MessageRef reply = bot.chat().replyNow(posted, new Notice.Step(true, "Routes added",
                List.of("`rtb-1` → `10.1.0.0/16`")));
        bot.chat().update(posted, new Notice.Text("Peering *applied*"));
        bot.chat().tellPrivately(CHANNEL, "U0ALICE", new Notice.Text("Only you can see this"));
        slack.await("the card redrawn", WAIT, () -> slack.message(CHANNEL, posted.ts()).filter(RecordedMessage::edited));

        assertThat(slack.messages(CHANNEL)).singleElement().satisfies(m -> {
            assertThat(m.ts()).isEqualTo(posted.ts());
            assertThat(m.allText()).contains("Peering *applied*").doesNotContain("requested");
            assertThat(m.edited()).isTrue();
        });
        assertThat(slack.thread(CHANNEL, posted.ts())).singleElement().satisfies(m -> {
            assertThat(m.ts()).isEqualTo(reply.ts());
            assertThat(m.allText()).contains("✅ *Routes added*", "`rtb-1` → `10.1.0.0/16`");
        });
        assertThat(slack.ephemeralsFor("U0ALICE")).singleElement()
                .satisfies(m -> assertThat(m.allText()).contains("Only you can see this"));
        assertThat(bot.chat().permalink(posted)).contains(CHANNEL).contains(posted.ts().replace(".", ""));
    }

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfterAndOtherRefusalsNameTheMethodAndError() {
        slack.failNext("chat.postMessage", "ratelimited");

        MessageRef posted = bot.chat().post(CHANNEL, new Notice.Text("after a pause"));

        assertThat(slack.apiCalls("chat.postMessage")).hasSize(2);
        assertThat(slack.message(CHANNEL, posted.ts())).isPresent();

        slack.failNext("chat.postMessage", "not_in_channel");
        assertThatThrownBy(() -> bot.chat().post(CHANNEL, new Notice.Text("refused")))
                .isInstanceOfSatisfying(SlackCallFailed.class, e -> {
                    assertThat(e.method()).isEqualTo("chat.postMessage");
                    assertThat(e.error()).isEqualTo("not_in_channel");
                });
    }

    @Test
    void anUpdateSlackRefusesForGoodDoesNotHoldUpTheThread() {
        MessageRef posted = bot.chat().post(CHANNEL, new Notice.Text("card"));
        slack.failNext("chat.update", "message_not_found");

        bot.chat().update(posted, new Notice.Text("gone"));
        MessageRef next = bot.chat().replyNow(posted, new Notice.Text("the next step"));

        assertThat(slack.message(CHANNEL, next.ts())).hasValueSatisfying(m ->
                assertThat(m.allText()).contains("the next step"));
        assertThat(slack.apiCalls("chat.update")).singleElement()
                .satisfies(call -> assertThat(call.error()).isEqualTo("message_not_found"));
    }

    @Test
    void aHugeCardAndItsFullPlanAreAcceptedBySlack() {
        var app = Fixtures.appVpc(30, 4);
        var db = Fixtures.dbVpc(30, 4);
        var options = Fixtures.options("orders needs billing");
        var plan = Fixtures.plan(app, db, 40, 30, options);
        var request = Fixtures.request(app, db, options, List.of(),
                io.peerbot.domain.lifecycle.ChangeState.AWAITING_APPROVAL, null);
        var card = Fixtures.card(request, app, db, plan);

        MessageRef posted = bot.chat().post(CHANNEL, card);
        bot.chat().reply(posted, new Notice.FullPlan(plan));

        String all = slack.await("the whole plan in the thread", WAIT, () -> {
            String text = String.join("\n", slack.thread(CHANNEL, posted.ts()).stream()
                    .map(RecordedMessage::allText).toList());
            return text.contains(Fixtures.tableId(db.id(), 39)) && text.contains(Fixtures.groupId(app.id(), 29))
                    ? java.util.Optional.of(text) : java.util.Optional.empty();
        });
        assertThat(slack.thread(CHANNEL, posted.ts())).hasSizeGreaterThan(1);
        assertThat(all).contains(Fixtures.tableId(db.id(), 39), Fixtures.groupId(app.id(), 29));
    }

    @Test
    void ownerEmailsBecomeUserIds() {
        assertThat(bot.owners().userIdByEmail("Bob@Example.com")).contains("U0BOB");
        assertThat(bot.owners().userIdByEmail("nobody@example.com")).isEmpty();
    }

    @Test
    void whenEveryWorkerIsBusyPeopleWaitTheirTurnAndOnlySomeoneFloodingIsAskedToSlowDown() throws Exception {
        commands.holdCalls();
        slack.awaitAck(slack.typeCommand("U0ALICE", CHANNEL, "/peer", "list 0"), WAIT);
        slack.awaitAck(slack.typeCommand("U0ALICE", CHANNEL, "/peer", "list 1"), WAIT);
        commands.next(WAIT);
        commands.next(WAIT);

        Ack aliceNext = slack.awaitAck(slack.typeCommand("U0ALICE", CHANNEL, "/peer", "list 2"), WAIT);
        Ack aliceAfter = slack.awaitAck(slack.typeCommand("U0ALICE", CHANNEL, "/peer", "list 3"), WAIT);
        Ack aliceFlooding = slack.awaitAck(slack.typeCommand("U0ALICE", CHANNEL, "/peer", "list 4"), WAIT);
        Ack bob = slack.awaitAck(slack.typeCommand("U0BOB", CHANNEL, "/peer", "list b"), WAIT);

        assertThat(List.of(aliceNext, aliceAfter, aliceFlooding, bob)).allSatisfy(ack -> {
            assertThat(ack.latency()).isLessThan(FAST_ACK);
            assertThat(ack.payloadError()).isNull();
        });
        assertThat(aliceNext.payloadJson()).contains("Queued — you are next");
        assertThat(aliceAfter.payloadJson()).contains("Queued — 1 job is ahead of you");
        assertThat(aliceFlooding.payloadJson()).contains("You already have 2 commands or clicks waiting");
        assertThat(bob.payloadJson()).as("Bob goes before Alice's second waiting command")
                .contains("Queued — 1 job is ahead of you");

        commands.release();
        Set<String> ran = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            ran.add(commands.next(WAIT).argument());
        }
        assertThat(ran).containsExactlyInAnyOrder("list 2", "list 3", "list b");
    }

    @Test
    void aClickOnAButtonTheBotNoLongerKnowsGetsAPrivateAnswer() throws Exception {
        com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        var posted = com.slack.api.Slack.getInstance(config).methods(slack.botToken()).chatPostMessage(r -> r
                .channel(CHANNEL).text("an old card")
                .blocks(List.of(com.slack.api.model.block.Blocks.actions(a -> a.blockId("old_card").elements(List.of(
                        com.slack.api.model.block.element.BlockElements.button(b -> b.actionId("peer_extend_v0")
                                .value("pcx-0123456789abcdef0@111122223333:eu-west-1")
                                .text(com.slack.api.model.block.composition.BlockCompositions.plainText("Extend")))))))));
        assertThat(posted.isOk()).as(posted.getError()).isTrue();

        Ack ack = slack.awaitAck(slack.click("U0BOB", slack.message(CHANNEL, posted.getTs()).orElseThrow(),
                "peer_extend_v0"), WAIT);

        assertThat(ack.latency()).isLessThan(FAST_ACK);
        RecordedMessage answer = slack.awaitEphemeral("U0BOB", m -> true, WAIT);
        assertThat(answer.allText()).contains("That button is not one peerbot knows").contains("Nothing changed");
    }

    @Test
    void helpAndMalformedCommandsAreAnsweredInTheAcknowledgement() throws Exception {
        SlackConnection answering = new SlackConnection(new SlackSettings(slack.botToken(), slack.appToken(),
                slack.apiUrl()), new WorkQueue.Size(1, 1), Clock.systemUTC());
        bot.close();
        bot = answering;
        commands.answerAtOnceWith(new Notice.Usage("--prots is not an option"));
        answering.routeTo(commands).startSocketMode();
        slack.awaitConnected(WAIT);
        commands.holdCalls();

        Ack ack = slack.awaitAck(slack.typeCommand("U0ALICE", CHANNEL, "/peer", "plan a b --prots tcp:1"), WAIT);

        assertThat(ack.latency()).isLessThan(FAST_ACK);
        assertThat(ack.payloadError()).isNull();
        assertThat(ack.payloadJson()).contains("--prots is not an option").contains("ephemeral");
        slack.awaitEphemeral("U0ALICE", m -> m.allText().contains("--prots is not an option"), WAIT);
    }

    @Test
    void closeLeavesNoThreadOfTheBotRunning() throws Exception {
        slack.awaitAck(slack.typeCommand("U0ALICE", CHANNEL, "/peer", "help"), WAIT);
        commands.next(WAIT);

        bot.close();
        bot = null;
        // The stand-in's own server threads go with it; what is left after both are closed is leftover.
        slack.close();
        slack = null;

        Set<Thread> started = new HashSet<>(Thread.getAllStackTraces().keySet());
        started.removeAll(threadsBefore);
        for (Thread thread : started) {
            if (!sharedSdkDaemon(thread)) {
                thread.join(WAIT.toMillis());
                assertThat(thread.isAlive()).as("%s (daemon: %s) still running", thread.getName(), thread.isDaemon())
                        .isFalse();
            }
        }
    }

    /**
     * Daemon threads the libraries start once per JVM, whoever uses them: the Slack SDK's metrics cleaners for
     * its static default configs, OkHttp's task runner and Okio's watchdog.
     */
    private static boolean sharedSdkDaemon(Thread thread) {
        String name = thread.getName();
        return thread.isDaemon()
                && (name.startsWith("slack-api-metrics:") || name.startsWith("OkHttp") || name.startsWith("Okio"));
    }
}
