package io.peerbot.adapter.slack.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.peerbot.adapter.slack.WorkQueue;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.in.ChatEvents;

/**
 * {@code /peer …}: hands the text to the use cases on a worker and acknowledges at once, doing no I/O on
 * Bolt's thread. When every worker is busy, the acknowledgement itself tells the person (privately) to try
 * again, which costs no Web API call.
 */
public final class SlashCommandListener implements SlashCommandHandler {
    public static final String COMMAND = "/peer";
    static final String BUSY = "⏳ peerbot is busy with other requests right now. Nothing was done; "
            + "please try again in a minute.";

    private final WorkQueue work;
    private final ChatEvents commands;

    public SlashCommandListener(WorkQueue work, ChatEvents commands) {
        this.work = work;
        this.commands = commands;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        Actor actor = new Actor(payload.getUserId(), payload.getChannelId());
        String text = payload.getText() == null ? "" : payload.getText();
        boolean accepted = work.tryRun(COMMAND + " " + abbreviated(text) + " by " + actor.userId() + " in "
                + actor.channel(), () -> commands.onCommand(actor, text));
        return accepted ? context.ack() : context.ack(BUSY);
    }

    /** For the logs: enough to recognise the command, not a wall of pasted text. */
    private static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?").strip();
        return "'" + (oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine) + "'";
    }
}
