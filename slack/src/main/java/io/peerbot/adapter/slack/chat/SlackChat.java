package io.peerbot.adapter.slack.chat;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.auth.AuthTestRequest;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.request.chat.ChatGetPermalinkRequest;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.request.conversations.ConversationsHistoryRequest;
import com.slack.api.methods.request.conversations.ConversationsRepliesRequest;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import io.peerbot.adapter.slack.blocks.NoticeRenderer;
import io.peerbot.adapter.slack.blocks.SlackMessage;
import io.peerbot.adapter.slack.blocks.HomeViewRenderer;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.HomeTab;
import com.slack.api.methods.request.views.ViewsPublishRequest;
import com.slack.api.model.view.View;
import java.util.Optional;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.SharedFile;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat port on Slack's Web API, with the bot token: notices rendered as Block Kit and sent with
 * {@code chat.postMessage} (in a thread for replies), {@code chat.update}, {@code chat.postEphemeral} and
 * {@code chat.getPermalink}; files with Slack's external upload ({@link FileUpload}). A notice that takes several
 * messages is sent as several, in order; the first one's reference is returned. Replies and updates go through
 * a {@link ThreadOutbox}, in order per thread and retried through outages; other failures are {@link SlackCallFailed}.
 */
public final class SlackChat implements ChatPort {
    static final String HOME_PICTURE = "peerbot-home-map.png";
    private static final Logger log = LoggerFactory.getLogger(SlackChat.class);

    private final MethodsClient methods;
    private final NoticeRenderer renderer;
    private final SlackCalls calls;
    private final FileUpload files;
    private final HomeViewRenderer homeViews = new HomeViewRenderer();
    private final ThreadOutbox outbox;
    /** How long {@link #replyNow} waits for Slack, through its rate limits, before it gives up waiting. */
    private static final Duration REPLY_NOW_WAIT = Duration.ofSeconds(60);
    /** The message metadata that marks a reply (see {@link #reply(MessageRef, Notice, String)}). */
    static final String MARKER_EVENT = "peerbot_reply";
    static final String MARKER_KEY = "marker";
    private static final int REPLIES_PER_PAGE = 200;
    private static final int MAX_REPLY_PAGES = 10;

    /** {@code methods} must carry the bot token ({@code slack.methods(botToken)}). */
    public SlackChat(MethodsClient methods, NoticeRenderer renderer, SlackCalls calls) {
        this(methods, renderer, calls, ThreadOutbox.FIRST_WAIT);
    }

    /** {@code firstRetryWait}: how long a thread's message Slack could not take waits before it is tried again. */
    private final Cache<MessageRef, String> permalinks = Caffeine.newBuilder().maximumSize(10_000).build();
    private volatile String botId;

    public SlackChat(MethodsClient methods, NoticeRenderer renderer, SlackCalls calls, Duration firstRetryWait) {
        this.outbox = new ThreadOutbox(4, firstRetryWait);
        this.methods = methods;
        this.renderer = renderer;
        this.calls = calls;
        this.files = new FileUpload(methods, calls);
    }

    @Override
    public MessageRef post(String channel, Notice notice) {
        List<SlackMessage> messages = renderer.render(notice);
        MessageRef first = postMessage(channel, null, messages.get(0));
        messages.stream().skip(1).forEach(message -> postMessage(channel, null, message));
        return first;
    }

    @Override
    public void reply(MessageRef thread, Notice notice) {
        enqueueReply(thread, notice, null);
    }

    /**
     * The last of the notice's messages carries Slack message metadata naming {@code marker}: the outbox delivers a
     * thread's messages in order, so with the last in the thread all of them are.
     */
    @Override
    public void reply(MessageRef thread, Notice notice, String marker) {
        enqueueReply(thread, notice, Message.Metadata.builder().eventType(MARKER_EVENT)
                .eventPayload(Map.of(MARKER_KEY, marker)).build());
    }

    /** The notice's messages into the thread, in order, the last carrying {@code lastMark} (null: none). */
    private void enqueueReply(MessageRef thread, Notice notice, Message.Metadata lastMark) {
        List<SlackMessage> messages = renderer.render(notice);
        for (int i = 0; i < messages.size(); i++) {
            SlackMessage message = messages.get(i);
            Message.Metadata mark = i == messages.size() - 1 ? lastMark : null;
            outbox.enqueue(thread, what(notice), () -> postMessage(thread.channel(), thread.ts(), message, mark));
        }
    }

    /**
     * {@code conversations.replies} with metadata, page by page (a thread of a few hundred messages at most). Only
     * the bot's own messages count: another app in the workspace can post metadata too, and must not be able to
     * keep a final message out of the thread by posting its marker first.
     */
    @Override
    public boolean hasReply(MessageRef thread, String marker) {
        String cursor = null;
        try {
            String botId = ownBotId();
            for (int page = 0; page < MAX_REPLY_PAGES; page++) {
                String from = cursor;
                ConversationsRepliesResponse replies = calls.read("conversations.replies",
                        () -> methods.conversationsReplies(ConversationsRepliesRequest.builder()
                                .channel(thread.channel()).ts(thread.ts()).includeAllMetadata(true)
                                .limit(REPLIES_PER_PAGE).cursor(from).build()));
                if (replies.getMessages() != null && replies.getMessages().stream()
                        .filter(m -> botId.equals(m.getBotId())).map(Message::getMetadata)
                        .filter(m -> m != null && MARKER_EVENT.equals(m.getEventType()))
                        .anyMatch(m -> m.getEventPayload() != null
                                && marker.equals(m.getEventPayload().get(MARKER_KEY)))) {
                    return true;
                }
                cursor = replies.getResponseMetadata() == null ? null
                        : replies.getResponseMetadata().getNextCursor();
                if (!replies.isHasMore() || cursor == null || cursor.isEmpty()) {
                    return false;
                }
            }
        } catch (SlackCallFailed e) {
            log.warn("Could not read thread {} {} for {}: {}", thread.channel(), thread.ts(), marker, e.getMessage());
        }
        return false;
    }

    @Override
    public MessageRef replyNow(MessageRef thread, Notice notice) {
        List<SlackMessage> messages = renderer.render(notice);
        CompletableFuture<MessageRef> first = outbox.enqueue(thread, what(notice),
                () -> postMessage(thread.channel(), thread.ts(), messages.get(0)));
        messages.stream().skip(1).forEach(message -> outbox.enqueue(thread, what(notice),
                () -> postMessage(thread.channel(), thread.ts(), message)));
        try {
            return first.get(REPLY_NOW_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new SlackCallFailed("chat.postMessage", "failed", List.of(), e.getCause());
        } catch (TimeoutException e) {
            throw new SlackCallFailed("chat.postMessage", "timeout", List.of("Slack did not take the message within "
                    + REPLY_NOW_WAIT.toSeconds() + " s; it is still queued"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed("chat.postMessage", "interrupted", List.of(), e);
        }
    }

    /** Replaces the message; what does not fit in one message continues in its thread. */
    @Override
    public void update(MessageRef message, Notice notice) {
        List<SlackMessage> messages = renderer.render(notice);
        SlackMessage first = messages.get(0);
        outbox.enqueue(message, what(notice), () -> {
            calls.write("chat.update", () -> methods.chatUpdate(ChatUpdateRequest.builder()
                    .channel(message.channel()).ts(message.ts()).text(first.text()).blocks(first.blocks())
                    .build()), ChatUpdateResponse::getResponseMetadata);
            return message;
        });
        messages.stream().skip(1).forEach(rest -> outbox.enqueue(message, what(notice),
                () -> postMessage(message.channel(), message.ts(), rest)));
    }

    @Override
    public CompletableFuture<Void> delivered() {
        return outbox.drained();
    }

    /**
     * Waits up to {@code grace} until what was queued for threads went out (or was dropped), and what waited for
     * that ({@link #delivered()}) has run; true when nothing is left. For a caller that must see the thread as it
     * will be, e.g. before stopping.
     */
    public boolean awaitDelivered(Duration grace) {
        return outbox.awaitDelivered(grace);
    }

    /** Lets what is queued for threads go out for up to {@code grace}, then stops delivering. */
    public void close(Duration grace) {
        outbox.close(grace);
    }

    private static String what(Notice notice) {
        return notice.getClass().getSimpleName();
    }

    @Override
    public void tellPrivately(String channel, String userId, Notice notice) {
        for (SlackMessage message : renderer.render(notice)) {
            calls.write("chat.postEphemeral", () -> methods.chatPostEphemeral(ChatPostEphemeralRequest.builder()
                    .channel(channel).user(userId).text(message.text()).blocks(message.blocks()).build()));
        }
    }

    @Override
    public void share(SharedFile file) {
        files.share(file);
    }

    /**
     * Uploads the map (kept private to the bot: no channel) and publishes the Home view that shows it by file id,
     * with {@code views.publish}.
     */
    @Override
    public void publishHome(HomeTab home) {
        Optional<String> fileId = home.picture().map(p -> files.keepPrivately(HOME_PICTURE, "Your network", p.png()));
        View view = homeViews.render(home, fileId);
        calls.write("views.publish", () -> methods.viewsPublish(ViewsPublishRequest.builder()
                .userId(home.userId()).view(view).build()));
    }

    /** The bot's own {@code bot_id}, asked of Slack ({@code auth.test}) the first time it is needed. */
    private String ownBotId() {
        String known = botId;
        if (known == null) {
            known = calls.read("auth.test", () -> methods.authTest(AuthTestRequest.builder().build()))
                    .getBotId();
            if (known == null || known.isEmpty()) {
                throw new SlackCallFailed("auth.test", "no_bot_id", List.of("Slack named no bot for the token"),
                        null);
            }
            botId = known;
        }
        return known;
    }

    /**
     * Empty when Slack cannot tell (the message is gone, the bot cannot see the channel). A message's permalink
     * never changes, so each is asked for once: a {@code /peer list} links up to 25 threads, and
     * {@code chat.getPermalink} is rate-limited per workspace.
     */
    @Override
    public String permalink(MessageRef message) {
        String known = permalinks.getIfPresent(message);
        if (known != null) {
            return known;
        }
        try {
            String link = calls.read("chat.getPermalink", () -> methods.chatGetPermalink(
                    ChatGetPermalinkRequest.builder().channel(message.channel()).messageTs(message.ts()).build()))
                    .getPermalink();
            if (link != null && !link.isEmpty()) {
                permalinks.put(message, link);
            }
            return link;
        } catch (SlackCallFailed e) {
            log.warn("No permalink for {} {}: {}", message.channel(), message.ts(), e.getMessage());
            return "";
        }
    }

    /** {@code conversations.history}, one page of up to 200: enough for an alert channel's last days. */
    @Override
    public List<String> postedSince(String channel, Instant since) {
        try {
            return calls.read("conversations.history", () -> methods.conversationsHistory(
                    ConversationsHistoryRequest.builder().channel(channel).limit(200)
                            .oldest(since.getEpochSecond() + ".000000").build()))
                    .getMessages().stream().map(m -> m.getText() == null ? "" : m.getText()).toList();
        } catch (SlackCallFailed e) {
            log.warn("could not read the history of {}: {}", channel, e.getMessage());
            return List.of();
        }
    }

    private MessageRef postMessage(String channel, String threadTs, SlackMessage message) {
        return postMessage(channel, threadTs, message, null);
    }

    private MessageRef postMessage(String channel, String threadTs, SlackMessage message, Message.Metadata metadata) {
        ChatPostMessageResponse response = calls.write("chat.postMessage", () -> methods.chatPostMessage(
                ChatPostMessageRequest.builder().channel(channel).threadTs(threadTs)
                        .text(message.text()).blocks(message.blocks()).metadata(metadata)
                        .unfurlLinks(false).unfurlMedia(false).build()),
                ChatPostMessageResponse::getResponseMetadata);
        return new MessageRef(response.getChannel(), response.getTs());
    }
}
