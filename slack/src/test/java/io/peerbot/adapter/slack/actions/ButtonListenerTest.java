package io.peerbot.adapter.slack.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.peerbot.adapter.slack.WorkQueue;
import io.peerbot.application.port.Actor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ButtonListenerTest {
    private static final String REFERENCE = "pcx-0123456789abcdef0@111122223333:eu-west-1";
    private static final Actor CLICKER = new Actor("UCLICKER", "CCHANNEL");

    private final List<String> answers = new CopyOnWriteArrayList<>();
    private final ButtonListener.Answers recorded = new ButtonListener.Answers() {
        @Override
        public void unknownButton(Actor clicker) {
            answers.add("unknown button for " + clicker.userId());
        }

        @Override
        public void waiting(Actor clicker, WorkQueue.Admission admission) {
            answers.add(admission + " for " + clicker.userId());
        }
    };

    @Test
    void handsTheClickerAndTheButtonsValueToTheUseCaseForItsActionOnAWorker() throws Exception {
        CompletableFuture<String> clicked = new CompletableFuture<>();
        try (WorkQueue work = new WorkQueue("peerbot-click", new WorkQueue.Size(1, 1), false)) {
            ButtonListener listener = new ButtonListener(work, recorded)
                    .on(ActionIds.APPROVE, (actor, value) -> clicked.complete(
                            "approve " + actor + " " + value + " " + Thread.currentThread().getName()))
                    .on(ActionIds.DENY, (actor, value) -> clicked.complete("deny"));

            Response response = listener.apply(click(ActionIds.APPROVE, REFERENCE), new ActionContext());

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(clicked.get(5, TimeUnit.SECONDS))
                    .isEqualTo("approve " + CLICKER + " " + REFERENCE + " peerbot-click-1");
            assertThat(answers).isEmpty();
        }
    }

    @Test
    void aButtonTheBotDoesNotKnowGetsAPrivateAnswerAndReachesNoUseCase() {
        try (WorkQueue work = new WorkQueue("peerbot-click", new WorkQueue.Size(1, 1), false)) {
            ButtonListener listener = new ButtonListener(work, recorded)
                    .on(ActionIds.APPROVE, (actor, value) -> { throw new AssertionError("not this one"); });

            Response response = listener.apply(click("peer_approve_v0", REFERENCE), new ActionContext());

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(answers).containsExactly("unknown button for UCLICKER");
        }
    }

    @Test
    void aClickThatMustWaitItsTurnIsStillTakenAndTheClickerIsTold() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch clicks = new CountDownLatch(2);
        try (WorkQueue work = new WorkQueue("peerbot-click", new WorkQueue.Size(1, 1), false)) {
            ButtonListener listener = new ButtonListener(work, recorded).on(ActionIds.DENY, (actor, value) -> {
                started.countDown();
                clicks.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            listener.apply(click(ActionIds.DENY, REFERENCE), new ActionContext());
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            Response response = listener.apply(click(ActionIds.DENY, REFERENCE), new ActionContext());

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(answers).containsExactly(new WorkQueue.Admission.Queued(0) + " for UCLICKER");
            release.countDown();
            assertThat(clicks.await(5, TimeUnit.SECONDS)).as("the waiting click ran").isTrue();
        }
    }

    private static BlockActionRequest click(String actionId, String value) {
        String payload = """
                {"type":"block_actions","user":{"id":"UCLICKER","username":"clicker"},
                 "team":{"id":"T1"},"channel":{"id":"CCHANNEL","name":"platform"},
                 "container":{"type":"message","message_ts":"1709285400.000100","channel_id":"CCHANNEL"},
                 "actions":[{"type":"button","block_id":"peer_decision","action_id":"%s","value":"%s",
                             "action_ts":"1709285500.000200"}]}
                """.formatted(actionId, value);
        return new BlockActionRequest("payload=…", payload, new RequestHeaders(Map.of()));
    }
}
