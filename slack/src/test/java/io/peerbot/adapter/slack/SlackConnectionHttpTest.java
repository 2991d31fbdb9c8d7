package io.peerbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.adapter.slack.actions.ActionIds;
import io.peerbot.application.port.Actor;
import io.peerbot.standin.slack.SlackStandIn;
import io.peerbot.testing.SignedSlackRequests;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP mode: the real Bolt app served at {@code POST /slack/events}, Slack's requests signed as Slack signs them,
 * the Web API (Bolt's {@code auth.test}) at the Slack stand-in, the use cases faked.
 */
class SlackConnectionHttpTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "8f742231b10e8888abcd99aaabbb85a5";
    private static final String CHANNEL = "C0NET";

    private final RecordingCommands commands = new RecordingCommands();
    private SlackStandIn slack;
    private SlackConnection bot;
    private SignedSlackRequests slackSide;
    private URI base;

    @BeforeEach
    void start() {
        slack = SlackStandIn.builder().channel(CHANNEL, "network").start();
        // One worker: work runs in the order it was accepted, so a later request's work shows an earlier one's.
        bot = new SlackConnection(SlackSettings.forHttp(slack.botToken(), SECRET, slack.apiUrl()),
                new WorkQueue.Size(1, 4), Clock.systemUTC());
        int port = bot.routeTo(commands).startHttp("127.0.0.1", 0);
        base = URI.create("http://127.0.0.1:" + port);
        slackSide = new SignedSlackRequests(base.resolve("/slack/events"), SECRET);
    }

    @AfterEach
    void stop() {
        commands.release();
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            slack.close();
        }
    }

    @Test
    void aCorrectlySignedSlashCommandIsAcknowledgedAndHandled() throws Exception {
        HttpResponse<String> response = slackSide.post(
                SignedSlackRequests.slashCommand("U0ALICE", CHANNEL, "/peer", "app-vpc db-vpc --ports tcp:5432"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        RecordingCommands.Call call = commands.next(WAIT);
        assertThat(call.method()).isEqualTo("onCommand");
        assertThat(call.actor()).isEqualTo(new Actor("U0ALICE", CHANNEL));
        assertThat(call.argument()).isEqualTo("app-vpc db-vpc --ports tcp:5432");
        assertThat(call.thread()).startsWith("peerbot-worker-");
    }

    @Test
    void aCorrectlySignedClickGoesToTheSameEndpointAndIsHandled() throws Exception {
        HttpResponse<String> response = slackSide.post(SignedSlackRequests.buttonClick("U0BOB", CHANNEL,
                "1700000000.000100", ActionIds.DECISION_BLOCK, ActionIds.APPROVE, "the-reference"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(commands.next(WAIT)).satisfies(call -> {
            assertThat(call.method()).isEqualTo("onApprove");
            assertThat(call.actor()).isEqualTo(new Actor("U0BOB", CHANNEL));
            assertThat(call.argument()).isEqualTo("the-reference");
        });
    }

    @Test
    void badlySignedStaleAndUnsignedRequestsAreRefusedAndNothingIsHandled() throws Exception {
        String forged = SignedSlackRequests.slashCommand("U0MALLORY", CHANNEL, "/peer", "delete pcx-1");
        String now = Long.toString(Instant.now().getEpochSecond());

        HttpResponse<String> wrongSecret = slackSide.post(forged, now,
                SignedSlackRequests.signature("not-the-secret", now, forged));
        HttpResponse<String> tampered = slackSide.post(forged + "x", now,
                SignedSlackRequests.signature(SECRET, now, forged));
        HttpResponse<String> stale = slackSide.post(forged, Instant.now().minus(Duration.ofMinutes(6)));
        HttpResponse<String> fromTheFuture = slackSide.post(forged, Instant.now().plus(Duration.ofMinutes(6)));
        HttpResponse<String> unsigned = slackSide.post(forged, null, null);
        HttpResponse<String> forgedClick = slackSide.post(SignedSlackRequests.buttonClick("U0MALLORY", CHANNEL,
                "1700000000.000100", ActionIds.DECISION_BLOCK, ActionIds.APPROVE, "ref"), now, "v0=00");

        assertThat(List.of(wrongSecret, tampered, stale, fromTheFuture, unsigned, forgedClick))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(401));
        // A handled request hands its work to the single worker before it is answered; work accepted after the
        // refusals therefore comes first only if none of them was handled.
        assertThat(slackSide.post(SignedSlackRequests.slashCommand("U0ALICE", CHANNEL, "/peer", "help"))
                .statusCode()).isEqualTo(200);
        assertThat(commands.next(WAIT)).satisfies(call -> {
            assertThat(call.actor().userId()).isEqualTo("U0ALICE");
            assertThat(call.argument()).isEqualTo("help");
        });
    }

    @Test
    void aBodyOverTheLimitIsRefusedEvenWhenItDeclaresNoLength() throws Exception {
        byte[] large = new byte[SlackHttpServer.MAX_BODY_BYTES * 3];
        java.util.Arrays.fill(large, (byte) 'a');
        // a body of unknown length goes chunked, with no Content-Length for the server to judge it by
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve("/slack/events")).timeout(WAIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(slackSide.post(SignedSlackRequests.slashCommand("U0ALICE", CHANNEL, "/peer", "help"))
                .statusCode()).isEqualTo(200);
        assertThat(commands.next(WAIT).argument()).isEqualTo("help");
    }

    @Test
    void connectionsThatStopSendingTheirBodyAreCutOffAndSlackIsAnsweredAgain() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            // more than the server's threads, each holding one while it waits for the rest of its body
            for (int i = 0; i < 40; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.getOutputStream().write(("POST /slack/events HTTP/1.1\r\nHost: peerbot\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5\r\nhello\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }

            assertThat(slackSide.post(SignedSlackRequests.slashCommand("U0ALICE", CHANNEL, "/peer", "help"))
                    .statusCode()).isEqualTo(200);
            assertThat(commands.next(WAIT).argument()).isEqualTo("help");
            Socket first = stalled.get(0);
            first.setSoTimeout((int) WAIT.toMillis());
            assertThat(new String(first.getInputStream().readAllBytes(), StandardCharsets.US_ASCII))
                    .as("the server gave up on the stalled body and closed the connection").startsWith("HTTP/1.1 4");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aTimestampWithinFiveMinutesEitherWayIsAccepted() throws Exception {
        HttpResponse<String> behind = slackSide.post(
                SignedSlackRequests.slashCommand("U0ALICE", CHANNEL, "/peer", "list"),
                Instant.now().minus(Duration.ofMinutes(4)));
        HttpResponse<String> ahead = slackSide.post(
                SignedSlackRequests.slashCommand("U0ALICE", CHANNEL, "/peer", "help"),
                Instant.now().plus(Duration.ofMinutes(4)));

        assertThat(behind.statusCode()).isEqualTo(200);
        assertThat(ahead.statusCode()).isEqualTo(200);
        assertThat(commands.next(WAIT).argument()).isEqualTo("list");
        assertThat(commands.next(WAIT).argument()).isEqualTo("help");
    }

    @Test
    void theHealthCheckAnswersWithoutASignature() {
        HttpResponse<String> health = slackSide.get(base.resolve("/healthz"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"ok\":true");
    }

    @Test
    void closeStopsServingAndLeavesNoThreadOfTheBotRunning() throws Exception {
        assertThat(slackSide.post(SignedSlackRequests.slashCommand("U0ALICE", CHANNEL, "/peer", "help"))
                .statusCode()).isEqualTo(200);
        commands.next(WAIT);

        bot.close();
        bot = null;

        assertThatThrownBy(() -> slackSide.get(base.resolve("/healthz")))
                .hasCauseInstanceOf(java.net.ConnectException.class);
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("peerbot-")) {
                thread.join(WAIT.toMillis());
                assertThat(thread.isAlive()).as("%s still running", thread.getName()).isFalse();
            }
        }
    }

    @Test
    void httpModeNeedsASigningSecret() {
        try (SlackConnection unsigned = new SlackConnection(new SlackSettings(slack.botToken(), null, slack.apiUrl()))) {
            unsigned.routeTo(commands);
            assertThatThrownBy(() -> unsigned.startHttp("127.0.0.1", 0))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("SLACK_SIGNING_SECRET");
        }
    }
}
