package io.peerbot.adapter.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.peerbot.adapter.slack.WorkQueue;
import io.peerbot.adapter.slack.blocks.NoticeRenderer;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.ChatEvents;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SlashCommandListenerTest {
    private final NoticeRenderer renderer = new NoticeRenderer(Clock.systemUTC());

    @Test
    void acknowledgesAtOnceAndHandsTheCommandToAWorker() throws Exception {
        CompletableFuture<String> received = new CompletableFuture<>();
        ChatEvents commands = new Commands() {
            @Override
            public void onCommand(Actor actor, String text) {
                received.complete(actor + " " + text + " on " + Thread.currentThread().getName());
            }
        };
        try (WorkQueue work = new WorkQueue("peerbot-worker", new WorkQueue.Size(1, 1), false)) {
            Response response = new SlashCommandListener(work, commands, renderer).apply(request("list vpc-1"), context());

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(response.getBody()).isNullOrEmpty();
            assertThat(received.get(5, TimeUnit.SECONDS))
                    .isEqualTo("Actor[userId=U1, channel=C1] list vpc-1 on peerbot-worker-1");
        }
    }

    @Test
    void whatNeedsNoAwsIsAnsweredInTheAcknowledgementAndNotQueued() {
        ChatEvents commands = new Commands() {
            @Override
            public Optional<Notice> answerAtOnce(Actor actor, String text) {
                return Optional.of(new Notice.Usage("unknown option --prots"));
            }
        };
        try (WorkQueue work = new WorkQueue("peerbot-worker", new WorkQueue.Size(1, 1), false)) {
            Response response = new SlashCommandListener(work, commands, renderer)
                    .apply(request("plan a b --prots tcp:1"), context());

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(response.getBody()).contains("\"response_type\":\"ephemeral\"")
                    .contains("unknown option --prots");
        }
    }

    @Test
    void whenEveryWorkerIsBusyTheAcknowledgementSaysTheCommandIsQueued() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ranLater = new CountDownLatch(2);
        ChatEvents commands = new Commands() {
            @Override
            public void onCommand(Actor actor, String text) {
                started.countDown();
                ranLater.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (WorkQueue work = new WorkQueue("peerbot-worker", new WorkQueue.Size(1, 1), false)) {
            SlashCommandListener handler = new SlashCommandListener(work, commands, renderer);
            handler.apply(request("one"), context());
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            Response queued = handler.apply(request("two"), context());

            assertThat(queued.getStatusCode()).isEqualTo(200);
            assertThat(queued.getBody()).contains("Queued").contains("ephemeral");
            release.countDown();
            assertThat(ranLater.await(5, TimeUnit.SECONDS)).as("the queued command ran").isTrue();
        }
    }

    @Test
    void peeringRequestsWaitingForTheirAccountHoldUpNoPlanOrList() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch requestRunning = new CountDownLatch(1);
        CompletableFuture<String> plan = new CompletableFuture<>();
        ChatEvents commands = new Commands() {
            @Override
            public boolean asksForAPeering(String text) {
                return text.startsWith("app-vpc");
            }

            @Override
            public void onCommand(Actor actor, String text) {
                if (asksForAPeering(text)) {
                    requestRunning.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                } else {
                    plan.complete(text + " on " + Thread.currentThread().getName());
                }
            }
        };
        try (WorkQueue work = new WorkQueue("peerbot-worker", new WorkQueue.Size(1, 2), false);
             WorkQueue requests = new WorkQueue("peerbot-request", new WorkQueue.Size(1, 2), false)) {
            SlashCommandListener handler = new SlashCommandListener(work, requests, commands, renderer);
            handler.apply(request("app-vpc db-vpc"), context());
            assertThat(requestRunning.await(5, TimeUnit.SECONDS)).isTrue();
            Response second = handler.apply(request("app-vpc web-vpc"), context());

            Response planned = handler.apply(request("plan app-vpc db-vpc"), context());

            assertThat(second.getBody()).as("the second request waits behind the first").contains("Queued");
            assertThat(planned.getBody()).isNullOrEmpty();
            assertThat(plan.get(5, TimeUnit.SECONDS)).isEqualTo("plan app-vpc db-vpc on peerbot-worker-1");
            release.countDown();
        }
    }

    private static SlashCommandRequest request(String text) {
        SlashCommandPayload payload = new SlashCommandPayload();
        payload.setCommand("/peer");
        payload.setText(text);
        payload.setUserId("U1");
        payload.setChannelId("C1");
        return new SlashCommandRequest("", payload, new RequestHeaders(Map.of()));
    }

    private static com.slack.api.bolt.context.builtin.SlashCommandContext context() {
        return new com.slack.api.bolt.context.builtin.SlashCommandContext();
    }

    /** Fails on anything but what a test overrides. */
    private abstract static class Commands implements ChatEvents {
        @Override
        public void onCommand(Actor actor, String text) {
            throw new AssertionError("unexpected command");
        }

        @Override
        public void onApprove(Actor actor, String reference) {
            throw new AssertionError("unexpected approve");
        }

        @Override
        public void onDeny(Actor actor, String reference) {
            throw new AssertionError("unexpected deny");
        }

        @Override
        public void onRenew(Actor actor, String reference) {
            throw new AssertionError("unexpected renew");
        }

        @Override
        public void onEndNow(Actor actor, String reference) {
            throw new AssertionError("unexpected end now");
        }

        @Override
        public void onRejectForeign(Actor actor, String reference) {
            throw new AssertionError("unexpected reject");
        }
    }
}
