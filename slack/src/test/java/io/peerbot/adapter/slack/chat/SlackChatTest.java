package io.peerbot.adapter.slack.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.chat.ChatGetPermalinkRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.request.conversations.ConversationsRepliesRequest;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.methods.response.chat.ChatGetPermalinkResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import io.peerbot.adapter.slack.blocks.NoticeRenderer;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.application.port.Notice;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SlackChatTest {
    private static final MessageRef THREAD = new MessageRef("C1", "1709285400.000100");
    private static final String LONG = IntStream.range(0, 5000).mapToObj(i -> "line " + i)
            .collect(Collectors.joining("\n"));

    private final MethodsClient methods = mock(MethodsClient.class);
    private final SlackChat chat = new SlackChat(methods, new NoticeRenderer(Clock.systemUTC()),
            new SlackCalls(d -> { }), Duration.ofMillis(10));

    @AfterEach
    void stop() {
        chat.close(Duration.ofSeconds(5));
    }

    @Test
    void aReplyTooLongForOneMessageContinuesInTheSameThreadAndReturnsTheFirst() throws Exception {
        AtomicInteger ts = new AtomicInteger();
        when(methods.chatPostMessage(any(ChatPostMessageRequest.class)))
                .thenAnswer(call -> posted("C1", "1709285401.00000" + ts.incrementAndGet()));

        MessageRef first = chat.replyNow(THREAD, new Notice.Text(LONG));

        ArgumentCaptor<ChatPostMessageRequest> requests = ArgumentCaptor.forClass(ChatPostMessageRequest.class);
        verify(methods, timeout(5_000).atLeast(2)).chatPostMessage(requests.capture());
        assertThat(requests.getAllValues()).allSatisfy(request -> {
            assertThat(request.getThreadTs()).isEqualTo(THREAD.ts());
            assertThat(request.getChannel()).isEqualTo("C1");
            assertThat(request.getText()).isNotBlank();
        });
        assertThat(first).isEqualTo(new MessageRef("C1", "1709285401.000001"));
    }

    @Test
    void anUpdateReplacesTheMessageAndPutsWhatDoesNotFitInItsThread() throws Exception {
        when(methods.chatUpdate(any(ChatUpdateRequest.class))).thenReturn(ok(new ChatUpdateResponse()));
        when(methods.chatPostMessage(any(ChatPostMessageRequest.class))).thenReturn(posted("C1", "2.0"));

        chat.update(THREAD, new Notice.Text(LONG));

        ArgumentCaptor<ChatUpdateRequest> update = ArgumentCaptor.forClass(ChatUpdateRequest.class);
        verify(methods, timeout(5_000)).chatUpdate(update.capture());
        assertThat(update.getValue().getTs()).isEqualTo(THREAD.ts());
        assertThat(update.getValue().getBlocks()).isNotEmpty();
        ArgumentCaptor<ChatPostMessageRequest> rest = ArgumentCaptor.forClass(ChatPostMessageRequest.class);
        verify(methods, timeout(5_000).atLeastOnce()).chatPostMessage(rest.capture());
        assertThat(rest.getAllValues()).allSatisfy(r -> assertThat(r.getThreadTs()).isEqualTo(THREAD.ts()));
    }

    @Test
    void repliesWaitOutASlackOutageAndArriveInTheOrderTheyWereMade() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<String> delivered = new CopyOnWriteArrayList<>();
        when(methods.chatPostMessage(any(ChatPostMessageRequest.class))).thenAnswer(call -> {
            if (calls.incrementAndGet() <= 12) {
                ChatPostMessageResponse limited = new ChatPostMessageResponse();
                limited.setOk(false);
                limited.setError("ratelimited");
                return limited;
            }
            delivered.add(call.<ChatPostMessageRequest>getArgument(0).getText());
            return posted("C1", "1709285401.00000" + delivered.size());
        });

        for (int step = 1; step <= 5; step++) {
            chat.reply(THREAD, new Notice.Text("step " + step));
        }
        MessageRef last = chat.replyNow(THREAD, new Notice.Text("done"));

        assertThat(delivered).containsExactly("step 1", "step 2", "step 3", "step 4", "step 5", "done");
        assertThat(last).isEqualTo(new MessageRef("C1", "1709285401.000006"));
    }

    @Test
    void deliveredCompletesOnlyOnceWhatWasQueuedBeforeIsInSlackOrRefusedForGood() throws Exception {
        java.util.concurrent.CountDownLatch outage = new java.util.concurrent.CountDownLatch(1);
        List<String> delivered = new CopyOnWriteArrayList<>();
        when(methods.chatPostMessage(any(ChatPostMessageRequest.class))).thenAnswer(call -> {
            String text = call.<ChatPostMessageRequest>getArgument(0).getText();
            if (outage.getCount() > 0) {
                ChatPostMessageResponse limited = new ChatPostMessageResponse();
                limited.setOk(false);
                limited.setError(text.contains("refused") ? "invalid_blocks" : "ratelimited");
                return limited;
            }
            delivered.add(text);
            return posted("C1", "1709285401.00000" + delivered.size());
        });
        when(methods.chatUpdate(any(ChatUpdateRequest.class))).thenReturn(ok(new ChatUpdateResponse()));

        chat.reply(new MessageRef("C2", "1709285400.000200"), new Notice.Text("refused"));
        chat.reply(THREAD, new Notice.Text("final"));
        chat.update(THREAD.at("1709285400.000300"), new Notice.Text("card"));
        java.util.concurrent.CompletableFuture<Void> done = chat.delivered();

        verify(methods, timeout(5_000).atLeast(3)).chatPostMessage(any(ChatPostMessageRequest.class));
        assertThat(done).as("the final message is still in the outbox").isNotDone();
        outage.countDown();
        done.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(delivered).containsExactly("final");
        verify(methods).chatUpdate(any(ChatUpdateRequest.class));
    }

    @Test
    void aReplySlackRefusesForGoodIsDroppedAndTheThreadMovesOn() throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        when(methods.chatPostMessage(any(ChatPostMessageRequest.class))).thenAnswer(call -> {
            String text = call.<ChatPostMessageRequest>getArgument(0).getText();
            if (text.contains("refused")) {
                ChatPostMessageResponse refused = new ChatPostMessageResponse();
                refused.setOk(false);
                refused.setError("invalid_blocks");
                return refused;
            }
            delivered.add(text);
            return posted("C1", "1709285401.00000" + delivered.size());
        });

        chat.reply(THREAD, new Notice.Text("refused"));
        chat.replyNow(THREAD, new Notice.Text("next"));

        assertThat(delivered).containsExactly("next");
    }

    @Test
    void aPermalinkSlackCannotGiveIsEmpty() throws Exception {
        ChatGetPermalinkResponse missing = new ChatGetPermalinkResponse();
        missing.setOk(false);
        missing.setError("message_not_found");
        when(methods.chatGetPermalink(any(ChatGetPermalinkRequest.class))).thenReturn(missing);

        assertThat(chat.permalink(THREAD)).isEmpty();
    }

    @Test
    void aMessagesPermalinkIsAskedOfSlackOnceAndOneSlackCouldNotGiveIsAskedAgain() throws Exception {
        ChatGetPermalinkResponse missing = new ChatGetPermalinkResponse();
        missing.setOk(false);
        missing.setError("internal_error");
        ChatGetPermalinkResponse found = ok(new ChatGetPermalinkResponse());
        found.setPermalink("https://example.slack.com/archives/C0PLATFORM/p1732870000123456");
        when(methods.chatGetPermalink(any(ChatGetPermalinkRequest.class))).thenReturn(missing, found);

        assertThat(chat.permalink(THREAD)).isEmpty();
        assertThat(chat.permalink(THREAD)).isEqualTo(found.getPermalink());
        assertThat(chat.permalink(THREAD)).isEqualTo(found.getPermalink());

        verify(methods, org.mockito.Mockito.times(2)).chatGetPermalink(any(ChatGetPermalinkRequest.class));
    }

    @Test
    void aMarkedReplyCarriesItsMarkerOnItsLastMessageOnly() throws Exception {
        AtomicInteger ts = new AtomicInteger();
        when(methods.chatPostMessage(any(ChatPostMessageRequest.class)))
                .thenAnswer(call -> posted("C1", "1709285401.00000" + ts.incrementAndGet()));

        chat.reply(THREAD, new Notice.Text(LONG), "pcx-0a1 create 7");
        assertThat(chat.delivered()).succeedsWithin(Duration.ofSeconds(5));

        ArgumentCaptor<ChatPostMessageRequest> requests = ArgumentCaptor.forClass(ChatPostMessageRequest.class);
        verify(methods, atLeast(2)).chatPostMessage(requests.capture());
        List<ChatPostMessageRequest> sent = requests.getAllValues();
        assertThat(sent.subList(0, sent.size() - 1)).allSatisfy(r -> assertThat(r.getMetadata()).isNull());
        assertThat(sent.get(sent.size() - 1).getMetadata()).satisfies(m -> {
            assertThat(m.getEventType()).isEqualTo(SlackChat.MARKER_EVENT);
            assertThat(m.getEventPayload()).containsEntry(SlackChat.MARKER_KEY, "pcx-0a1 create 7");
        });
    }

    @Test
    void aMarkedReplyIsFoundOnAnyPageOfTheThreadAndNotWhenSlackCannotTell() throws Exception {
        botIs("B0PEERBOT");
        when(methods.conversationsReplies(any(ConversationsRepliesRequest.class)))
                .thenReturn(replies(true, "2", marked("B0PEERBOT", "pcx-0a1 create 6")),
                        replies(false, "", marked("B0PEERBOT", "pcx-0a1 create 7")))
                .thenReturn(replies(false, "", marked("B0PEERBOT", "pcx-0a1 create 6")));

        assertThat(chat.hasReply(THREAD, "pcx-0a1 create 7")).isTrue();
        assertThat(chat.hasReply(THREAD, "pcx-0a1 create 7")).isFalse();

        ConversationsRepliesResponse refused = new ConversationsRepliesResponse();
        refused.setOk(false);
        refused.setError("missing_scope");
        when(methods.conversationsReplies(any(ConversationsRepliesRequest.class))).thenReturn(refused);
        assertThat(chat.hasReply(THREAD, "pcx-0a1 create 7")).isFalse();

        ArgumentCaptor<ConversationsRepliesRequest> asked = ArgumentCaptor.forClass(ConversationsRepliesRequest.class);
        verify(methods, atLeast(2)).conversationsReplies(asked.capture());
        assertThat(asked.getAllValues()).allSatisfy(r -> {
            assertThat(r.isIncludeAllMetadata()).isTrue();
            assertThat(r.getTs()).isEqualTo(THREAD.ts());
        });
        assertThat(asked.getAllValues().get(1).getCursor()).isEqualTo("2");
    }

    @Test
    void aMarkerPostedByAnotherAppDoesNotCountAsTheBotsReply() throws Exception {
        botIs("B0PEERBOT");
        when(methods.conversationsReplies(any(ConversationsRepliesRequest.class)))
                .thenReturn(replies(false, "", marked("B0OTHERAPP", "pcx-0a1 create 7"), marked(null,
                        "pcx-0a1 create 7")));

        assertThat(chat.hasReply(THREAD, "pcx-0a1 create 7")).isFalse();
    }

    @Test
    void withoutKnowingItsOwnBotTheChatCannotTell() throws Exception {
        com.slack.api.methods.response.auth.AuthTestResponse refused =
                new com.slack.api.methods.response.auth.AuthTestResponse();
        refused.setOk(false);
        refused.setError("invalid_auth");
        when(methods.authTest(any(com.slack.api.methods.request.auth.AuthTestRequest.class))).thenReturn(refused);
        when(methods.conversationsReplies(any(ConversationsRepliesRequest.class)))
                .thenReturn(replies(false, "", marked("B0PEERBOT", "pcx-0a1 create 7")));

        assertThat(chat.hasReply(THREAD, "pcx-0a1 create 7")).isFalse();
    }

    private void botIs(String botId) throws Exception {
        com.slack.api.methods.response.auth.AuthTestResponse self =
                ok(new com.slack.api.methods.response.auth.AuthTestResponse());
        self.setBotId(botId);
        when(methods.authTest(any(com.slack.api.methods.request.auth.AuthTestRequest.class))).thenReturn(self);
    }

    private static com.slack.api.model.Message marked(String botId, String marker) {
        com.slack.api.model.Message message = new com.slack.api.model.Message();
        message.setBotId(botId);
        message.setText("is ready");
        message.setMetadata(com.slack.api.model.Message.Metadata.builder().eventType(SlackChat.MARKER_EVENT)
                .eventPayload(java.util.Map.of(SlackChat.MARKER_KEY, marker)).build());
        return message;
    }

    private static ConversationsRepliesResponse replies(boolean more, String cursor,
                                                        com.slack.api.model.Message... messages) {
        ConversationsRepliesResponse response = ok(new ConversationsRepliesResponse());
        response.setMessages(List.of(messages));
        response.setHasMore(more);
        com.slack.api.model.ResponseMetadata page = new com.slack.api.model.ResponseMetadata();
        page.setNextCursor(cursor);
        response.setResponseMetadata(page);
        return response;
    }

    private static ChatPostMessageResponse posted(String channel, String ts) {
        ChatPostMessageResponse response = ok(new ChatPostMessageResponse());
        response.setChannel(channel);
        response.setTs(ts);
        return response;
    }

    private static <T extends com.slack.api.methods.SlackApiTextResponse> T ok(T response) {
        response.setOk(true);
        return response;
    }
}
