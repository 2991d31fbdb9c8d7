package io.peerbot.standin.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording under concurrent posts, listeners, and waiting without sleeps. */
class RecordingAndWaitingTest {
    private SlackStandIn slack;
    private Slack sdk;
    private MethodsClient bot;

    @BeforeEach
    void start() {
        slack = SlackStandIn.builder().user("U0ALICE", "alice", "Alice Doe", "alice@example.com").channel("C0NET", "network").start();
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
    void postsFromManyThreadsAreAllRecordedWithDistinctTimestamps() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> posts = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                int n = i;
                posts.add(pool.submit(() -> bot.chatPostMessage(r -> r.channel("C0NET").text("post " + n))));
            }
            for (Future<?> post : posts) {
                post.get();
            }
        } finally {
            pool.shutdown();
        }
        List<RecordedMessage> messages = slack.messages("C0NET");
        assertThat(messages).hasSize(120);
        assertThat(messages).extracting(RecordedMessage::ts).doesNotHaveDuplicates().isSorted();
        assertThat(slack.apiCalls("chat.postMessage")).hasSize(120).allMatch(ApiCall::ok);
    }

    @Test
    void listenersSeeEveryEventInOrderUntilTheyUnsubscribe() throws Exception {
        BlockingQueue<SlackEvent> first = new LinkedBlockingQueue<>();
        SlackStandIn.Subscription subscription = slack.onEvent(first::add);
        var posted = bot.chatPostMessage(r -> r.channel("C0NET").text("one"));
        bot.chatUpdate(r -> r.channel("C0NET").ts(posted.getTs()).text("one, edited"));
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            seen.add(first.poll(5, TimeUnit.SECONDS).getClass().getSimpleName());
        }
        assertThat(seen).containsExactly("MessagePosted", "ApiCalled", "MessageUpdated", "ApiCalled");

        subscription.close();
        BlockingQueue<SlackEvent> second = new LinkedBlockingQueue<>();
        slack.onEvent(second::add);
        bot.chatPostMessage(r -> r.channel("C0NET").text("two"));
        // One stand-in thread delivers each event to all listeners in turn, so once the second has it, the first would too.
        assertThat(second.poll(5, TimeUnit.SECONDS)).isInstanceOf(SlackEvent.MessagePosted.class);
        assertThat(first).isEmpty();
    }

    @Test
    void awaitingWakesOnTheEventAndATimeoutListsWhatHappened() throws Exception {
        Thread poster = new Thread(() -> {
            try {
                bot.chatPostMessage(r -> r.channel("C0NET").text("from another thread"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        poster.start();
        assertThat(slack.awaitMessage(m -> m.text().startsWith("from another"), Duration.ofSeconds(5)).channel()).isEqualTo("C0NET");
        poster.join();

        assertThatThrownBy(() -> slack.awaitMessage(m -> m.text().equals("never"), Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Timed out after 100 ms waiting for a message matching the condition")
                .hasMessageContaining("message in C0NET")
                .hasMessageContaining("from another thread")
                .hasMessageContaining("chat.postMessage (bot token) -> ok");
    }

    @Test
    void closingReleasesWaiters() throws Exception {
        Thread closer = new Thread(slack::close);
        closer.start();
        assertThatThrownBy(() -> slack.awaitMessage(m -> false, Duration.ofSeconds(30)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Stand-in closed");
        closer.join();
    }
}
