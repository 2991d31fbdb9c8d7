package io.peerbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.socket_mode.SocketModeClient;
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

    private static SocketModeClient clientWithQueue(SocketModeMessageQueue queue) {
        SocketModeClient client = mock(SocketModeClient.class);
        when(client.getMessageQueue()).thenReturn(queue);
        return client;
    }
}
