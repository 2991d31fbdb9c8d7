package io.peerbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.listener.WebSocketCloseListener;
import com.slack.api.socket_mode.queue.SocketModeMessageQueue;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

class EnvelopeHandoffTest {

    @Test
    void envelopesAreProcessedSideBySideAsTheyArriveSoOneSlowEnvelopeDoesNotHoldUpTheOthersAcks() throws Exception {
        SocketModeClient client = clientWithQueue(new ConcurrentLinkedMessageQueue());
        CountDownLatch allRunning = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            allRunning.countDown();
            release.await(10, TimeUnit.SECONDS);
            return null;
        }).when(client).processMessage(anyString());
        EnvelopeHandoff handoff = EnvelopeHandoff.install(client, 3, new AcksFirst());
        try {
            handoff.add("{\"envelope_id\":\"1\"}");
            handoff.add("{\"envelope_id\":\"2\"}");
            handoff.add("{\"envelope_id\":\"3\"}");

            // no poller and no tick: all three are being processed at once, without anyone polling
            assertThat(allRunning.await(10, TimeUnit.SECONDS)).as("three envelopes processed at the same time").isTrue();
            assertThat(handoff.poll()).isNull();
        } finally {
            release.countDown();
            handoff.close();
        }
    }

    @Test
    void whatTheSdkQueuedBeforeTheHandoffIsStillHandedToItsPollers() throws Exception {
        SocketModeMessageQueue before = new ConcurrentLinkedMessageQueue();
        before.add("{\"envelope_id\":\"early\"}");
        SocketModeClient client = clientWithQueue(before);
        try (EnvelopeHandoff handoff = EnvelopeHandoff.install(client, 1, new AcksFirst())) {
            ArgumentCaptor<SocketModeMessageQueue> installed = ArgumentCaptor.forClass(SocketModeMessageQueue.class);
            Mockito.verify(client).setMessageQueue(installed.capture());
            assertThat(installed.getValue()).isSameAs(handoff);

            assertThat(handoff.poll()).isEqualTo("{\"envelope_id\":\"early\"}");
            assertThat(handoff.poll()).isNull();
        }
    }

    @Test
    void anEnvelopeArrivingWhileStoppingIsLeftForSlackToSendAgainWithoutFailingTheSocket() throws Exception {
        SocketModeClient client = clientWithQueue(new ConcurrentLinkedMessageQueue());
        List<String> processed = new CopyOnWriteArrayList<>();
        doAnswer(call -> processed.add(call.getArgument(0))).when(client).processMessage(anyString());
        AcksFirst acks = new AcksFirst();
        EnvelopeHandoff handoff = EnvelopeHandoff.install(client, 1, acks);
        handoff.close();

        handoff.add("{\"envelope_id\":\"late\"}");

        assertThat(processed).isEmpty();
        assertThat(acks.unacked()).as("no ack owed for an envelope left to Slack").isZero();
    }

    @Test
    void anEnvelopeIsOwedItsAckFromItsArrivalUntilItsProcessingEndsEvenWhenThatFails() throws Exception {
        SocketModeClient client = clientWithQueue(new ConcurrentLinkedMessageQueue());
        CountDownLatch processing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            processing.countDown();
            release.await(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the listener failed");
        }).when(client).processMessage(anyString());
        AcksFirst acks = new AcksFirst(java.time.Duration.ofMinutes(5));
        try (EnvelopeHandoff handoff = EnvelopeHandoff.install(client, 1, acks)) {
            handoff.add("{\"envelope_id\":\"1\"}");
            assertThat(processing.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(acks.unacked()).isEqualTo(1);

            release.countDown();
            java.util.concurrent.CompletableFuture.runAsync(acks::awaitAcks).get(10, TimeUnit.SECONDS);
            assertThat(acks.unacked()).isZero();
        }
    }

    @Test
    void anEnvelopeArrivingWhileSlacksDisconnectIsProcessedWaitsUntilTheNewConnectionIsTheClients() throws Exception {
        SocketModeClient client = clientWithQueue(new ConcurrentLinkedMessageQueue());
        List<String> processed = new CopyOnWriteArrayList<>();
        CountDownLatch reconnecting = new CountDownLatch(1);
        CountDownLatch connected = new CountDownLatch(1);
        CountDownLatch envelopeDone = new CountDownLatch(1);
        doAnswer(call -> {
            String message = call.getArgument(0);
            if (message.contains("disconnect")) {
                reconnecting.countDown();
                connected.await(10, TimeUnit.SECONDS);
                processed.add(message);
            } else {
                processed.add(message);
                envelopeDone.countDown();
            }
            return null;
        }).when(client).processMessage(anyString());
        try (EnvelopeHandoff handoff = EnvelopeHandoff.install(client, 2, new AcksFirst())) {
            handoff.add("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\"}");
            assertThat(reconnecting.await(10, TimeUnit.SECONDS)).isTrue();

            handoff.add("{\"envelope_id\":\"on-the-new-connection\"}");

            assertThat(envelopeDone.await(200, TimeUnit.MILLISECONDS)).as("held while the SDK reconnects").isFalse();
            connected.countDown();
            assertThat(envelopeDone.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(processed).containsExactly("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\"}",
                    "{\"envelope_id\":\"on-the-new-connection\"}");
        }
    }

    @Test
    void afterAConnectionClosedAnEnvelopeWaitsUntilTheClientsConnectionAnswersAPing() throws Exception {
        SocketModeClient client = clientWithQueue(new ConcurrentLinkedMessageQueue());
        CountDownLatch processed = new CountDownLatch(2);
        doAnswer(call -> {
            processed.countDown();
            return null;
        }).when(client).processMessage(anyString());
        when(client.verifyConnection()).thenReturn(false, false, true);
        try (EnvelopeHandoff handoff = EnvelopeHandoff.install(client, 1, new AcksFirst())) {
            ArgumentCaptor<WebSocketCloseListener> onClose = ArgumentCaptor.forClass(WebSocketCloseListener.class);
            Mockito.verify(client).addWebSocketCloseListener(onClose.capture());
            onClose.getValue().handle(1006, "dropped");

            handoff.add("{\"envelope_id\":\"1\"}");
            handoff.add("{\"envelope_id\":\"2\"}");

            assertThat(processed.await(10, TimeUnit.SECONDS)).isTrue();
            Mockito.verify(client, Mockito.times(3)).verifyConnection();
        }
    }

    private static SocketModeClient clientWithQueue(SocketModeMessageQueue queue) {
        SocketModeClient client = mock(SocketModeClient.class);
        when(client.getMessageQueue()).thenReturn(queue);
        return client;
    }
}
