package io.peerbot.application.port.in;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import java.util.Optional;

/**
 * What the chat hands to the application: a typed {@code /peer} command and clicks on a change's Approve and
 * Deny buttons. Called on the bot's own worker threads, never on the chat's.
 */
public interface ChatEvents {
    /**
     * The private answer to a command that needs no AWS call and no chat call (help, a malformed command, a
     * channel where the bot does not act), so the chat can give it with its acknowledgement; empty when the
     * command is work for {@link #onCommand}. Cheap and safe on the chat's own thread.
     */
    default Optional<Notice> answerAtOnce(Actor actor, String text) {
        return Optional.empty();
    }

    /**
     * Whether the command asks for a peering: work for {@link #onCommand} that may wait for its account's turn to
     * count and create requests, so the chat can give such commands workers of their own and a burst of them
     * holds up no plan or list. Cheap and safe on the chat's own thread.
     */
    default boolean asksForAPeering(String text) {
        return false;
    }

    /** The text after {@code /peer}, as typed. */
    void onCommand(Actor actor, String text);

    /** A click on Approve; {@code reference} is the button's value, untrusted. */
    void onApprove(Actor actor, String reference);

    /** A click on Deny; {@code reference} is the button's value, untrusted. */
    void onDeny(Actor actor, String reference);

    /**
     * A click on a drift finding's Repair, Extend or Dismiss; {@code reference} is the button's value, untrusted.
     * Chats without drift buttons need not handle it.
     */
    default void onDriftClick(Actor actor, DriftButton button, String reference) {
    }
    /** A click on a reminder's Renew; {@code reference} names the temporary change, untrusted. */
    void onRenew(Actor actor, String reference);

    /** A click on a reminder's End now; {@code reference} names the temporary change, untrusted. */
    void onEndNow(Actor actor, String reference);

    /** A click on Reject of the alert about a peering request peerbot did not make; {@code reference} untrusted. */
    void onRejectForeign(Actor actor, String reference);
}
