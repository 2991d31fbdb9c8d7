package io.peerbot.adapter.slack.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.chat.MessageRef;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThreadOutboxTest {
    private static final MessageRef THREAD = new MessageRef("C0PLATFORM", "1700000000.000100");

    private final ThreadOutbox outbox = new ThreadOutbox(1, Duration.ofMillis(10));
    private final List<String> posted = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        outbox.close();
    }

    @Test
    void aMessageSlackFailsWithoutSayingWhyIsPostedLaterAndTheThreadGoesOnInOrder() throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        theThreadGoesOnInOrderAfterItsFirstMessage(() -> {
            if (!failed.getAndSet(true)) {
                throw new SlackCallFailed("chat.postMessage", null, List.of(), null);
            }
            return post("the outcome");
        });
    }

    @Test
    void aDeliveryThatBreaksUnexpectedlyIsTriedAgainAndTheThreadGoesOnInOrder() throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        theThreadGoesOnInOrderAfterItsFirstMessage(() -> {
            if (!failed.getAndSet(true)) {
                throw new NoClassDefFoundError("com/slack/api/methods/response/chat/ChatPostMessageResponse");
            }
            return post("the outcome");
        });
    }

    /** "the outcome" delivered by {@code first}, then two more messages queued behind it in the same thread. */
    private void theThreadGoesOnInOrderAfterItsFirstMessage(Supplier<MessageRef> first) throws Exception {
        CompletableFuture<MessageRef> outcome = outbox.enqueue(THREAD, "the outcome", first);
        outbox.enqueue(THREAD, "the card", () -> post("the card"));
        CompletableFuture<MessageRef> last = outbox.enqueue(THREAD, "the map", () -> post("the map"));
        CompletableFuture<Void> drained = outbox.drained();

        outcome.get(10, TimeUnit.SECONDS);
        last.get(10, TimeUnit.SECONDS);
        drained.get(10, TimeUnit.SECONDS);

        assertThat(posted).containsExactly("the outcome", "the card", "the map");
    }

    private MessageRef post(String what) {
        posted.add(what);
        return THREAD.at("1700000001.00000" + posted.size());
    }
}
