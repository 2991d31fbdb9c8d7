package io.peerbot.application.port;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import io.peerbot.domain.chat.MessageRef;

/** The chat (Slack's Web API) as the use cases speak to it. The adapter decides how a notice looks. */
public interface ChatPort {
    MessageRef post(String channel, Notice notice);

    /**
     * Posts in the thread after everything already queued for it, retrying through chat outages: returns at
     * once and never fails because the chat is down, so no change in AWS waits for the chat.
     */
    void reply(MessageRef thread, Notice notice);

    /**
     * Like {@link #reply}, marked with {@code marker} (unseen by people) so that {@link #hasReply} finds it later: for
     * a message that must be in the thread once, even when a process that stopped may have posted it already.
     */
    default void reply(MessageRef thread, Notice notice, String marker) {
        reply(thread, notice);
    }

    /**
     * Whether the thread has a reply {@link #reply(MessageRef, Notice, String) marked} {@code marker}, all of it
     * (a notice too long for one message is marked on its last); false when the chat cannot tell.
     */
    default boolean hasReply(MessageRef thread, String marker) {
        return false;
    }

    /**
     * Like {@link #reply}, in the same order, but waits for the chat to take it: for a message whose reference
     * is kept (a change's card). Throws when the chat refuses it or does not answer in time.
     */
    MessageRef replyNow(MessageRef thread, Notice notice);

    /** Redraws the message after everything queued for its thread, retrying through outages; returns at once. */
    void update(MessageRef message, Notice notice);

    /**
     * Completes once everything queued so far with {@link #reply} and {@link #update} is in the chat, or was
     * refused for good (trying again would not help); on a thread of the chat's own, never one delivering messages.
     * Never completes for what a stopped process did not deliver. At once for a chat that sends straight away.
     */
    default CompletableFuture<Void> delivered() {
        return CompletableFuture.completedFuture(null);
    }

    /** Visible only to {@code userId} (an ephemeral message). */
    void tellPrivately(String channel, String userId, Notice notice);

    /** Uploads {@code file} and shares it where it says (a channel, or a thread in it). */
    void share(SharedFile file);

    /** Publishes the bot's Home tab for the person {@code home} is for, replacing what it showed before. */
    void publishHome(HomeTab home);

    /** A link to the message that people can click; empty when the chat cannot tell. */
    String permalink(MessageRef message);

    /**
     * The plain text of the messages posted in {@code channel} since {@code since}, newest first, so what was said
     * there survives a restart; empty when the chat cannot tell (a chat that keeps no history says nothing).
     */
    default List<String> postedSince(String channel, Instant since) {
        return List.of();
    }
}
