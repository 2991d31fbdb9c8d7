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

    /** The text after {@code /peer}, as typed. */
    void onCommand(Actor actor, String text);

    /** A click on Approve; {@code reference} is the button's value, untrusted. */
    void onApprove(Actor actor, String reference);

    /** A click on Deny; {@code reference} is the button's value, untrusted. */
    void onDeny(Actor actor, String reference);
}
