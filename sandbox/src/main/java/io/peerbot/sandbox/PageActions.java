package io.peerbot.sandbox;

import io.peerbot.standin.slack.Button;
import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.NotConnectedException;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackStandIn;

/** What a person does on the page, done in the Slack stand-in as that person: type a command, click a button. */
final class PageActions {
    static final String COMMAND = "/peer";

    private final SlackStandIn slack;
    private final String channelId;

    PageActions(SlackStandIn slack, String channelId) {
        this.slack = slack;
        this.channelId = channelId;
    }

    /** {@code line} is what was typed in the composer, e.g. {@code /peer list}. */
    Envelope type(String userId, String line) {
        String typed = line == null ? "" : line.strip();
        if (!typed.startsWith("/")) {
            throw new PageActionRefused(400, "Type a slash command, e.g. /peer help. (This sandbox has no plain "
                    + "messages: the channel shows only what the bot posts.)");
        }
        int space = typed.indexOf(' ');
        String command = space < 0 ? typed : typed.substring(0, space);
        String text = space < 0 ? "" : typed.substring(space + 1).strip();
        if (!command.equals(COMMAND)) {
            throw new PageActionRefused(400, command + " is not a command here; the only one is " + COMMAND + ".");
        }
        try {
            return slack.typeCommand(userId, channelId, command, text);
        } catch (NotConnectedException e) {
            throw notConnected();
        } catch (IllegalArgumentException e) {
            throw new PageActionRefused(400, e.getMessage());
        }
    }

    /**
     * Clicks the button with {@code actionId} on the message {@code ts}. A button with a confirm dialog counts only
     * when the person confirmed it, as in Slack.
     */
    Envelope click(String userId, String ts, String actionId, boolean confirmed) {
        RecordedMessage message = slack.message(channelId, ts).filter(m -> !m.deleted())
                .orElseThrow(() -> new PageActionRefused(404, "That message is gone."));
        Button button = message.button(actionId)
                .orElseThrow(() -> new PageActionRefused(409, "That button is no longer on the message."));
        if (button.confirm() != null && !confirmed) {
            throw new PageActionRefused(400, "'" + button.text() + "' asks \"" + button.confirm().title()
                    + "\" first: confirm it.");
        }
        try {
            return button.confirm() != null
                    ? slack.clickConfirmed(userId, message, actionId)
                    : slack.click(userId, message, actionId);
        } catch (NotConnectedException e) {
            throw notConnected();
        } catch (IllegalArgumentException e) {
            throw new PageActionRefused(400, e.getMessage());
        }
    }

    private static PageActionRefused notConnected() {
        return new PageActionRefused(503, "peerbot is not connected to this Slack right now, so nobody would "
                + "receive that. Check the sandbox's console.");
    }
}
