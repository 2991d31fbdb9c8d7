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

class DecisionButtonHandlerTest {
    private static final String REFERENCE = "pcx-0123456789abcdef0@111122223333:eu-west-1";

    @Test
    void handsTheClickerAndTheButtonsValueToAWorker() throws Exception {
        CompletableFuture<String> clicked = new CompletableFuture<>();
        try (WorkQueue work = new WorkQueue("peerbot-worker", new WorkQueue.Size(1, 1), false)) {
            DecisionButtonHandler handler = new DecisionButtonHandler(ActionIds.APPROVE, work,
                    (actor, value) -> clicked.complete(actor + " " + value + " " + Thread.currentThread().getName()),
                    actor -> { throw new AssertionError("not busy"); });

            Response response = handler.apply(click(ActionIds.APPROVE, REFERENCE), new ActionContext());

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(clicked.get(5, TimeUnit.SECONDS))
                    .isEqualTo("Actor[userId=UCLICKER, channel=CCHANNEL] " + REFERENCE + " peerbot-worker-1");
        }
    }

    @Test
    void whenAllWorkersAreBusyTheClickerIsToldAndTheClickStillAcknowledged() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        List<Actor> toldBusy = new CopyOnWriteArrayList<>();
        try (WorkQueue work = new WorkQueue("peerbot-worker", new WorkQueue.Size(1, 1), false)) {
            DecisionButtonHandler handler = new DecisionButtonHandler(ActionIds.DENY, work, (actor, value) -> {
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, toldBusy::add);
            handler.apply(click(ActionIds.DENY, REFERENCE), new ActionContext());
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            handler.apply(click(ActionIds.DENY, REFERENCE), new ActionContext());

            Response response = handler.apply(click(ActionIds.DENY, REFERENCE), new ActionContext());

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(toldBusy).containsExactly(new Actor("UCLICKER", "CCHANNEL"));
            release.countDown();
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
