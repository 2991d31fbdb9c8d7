package io.peerbot.adapter.slack.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.peerbot.adapter.slack.WorkQueue;
import io.peerbot.adapter.slack.blocks.NoticeRenderer;
import io.peerbot.adapter.slack.blocks.SlackMessage;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.ChatEvents;
import java.util.List;
import java.util.Optional;

/**
 * {@code /peer …}: what needs no AWS call (help, a malformed command, a channel where the bot does not act) is
 * answered in the acknowledgement itself; anything else goes to the use cases on a worker, and the
 * acknowledgement says so when it has to wait its turn. A peering request goes to workers of its own: it may wait
 * for its account's turn to count and create requests, and a burst of them must not hold up plans and lists. No
 * I/O on Bolt's thread, and no one is refused because others keep the bot busy.
 */
public final class SlashCommandListener implements SlashCommandHandler {
    public static final String COMMAND = "/peer";

    private final WorkQueue work;
    private final WorkQueue requests;
    private final ChatEvents commands;
    private final NoticeRenderer renderer;

    /** Every command, peering requests included, on {@code work}. */
    public SlashCommandListener(WorkQueue work, ChatEvents commands, NoticeRenderer renderer) {
        this(work, work, commands, renderer);
    }

    /** @param requests where peering requests wait and run; every other command on {@code work} */
    public SlashCommandListener(WorkQueue work, WorkQueue requests, ChatEvents commands, NoticeRenderer renderer) {
        this.work = work;
        this.requests = requests;
        this.commands = commands;
        this.renderer = renderer;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        Actor actor = new Actor(payload.getUserId(), payload.getChannelId());
        String text = payload.getText() == null ? "" : payload.getText();
        Optional<Notice> atOnce = commands.answerAtOnce(actor, text);
        if (atOnce.isPresent()) {
            return context.ack(privately(renderer.render(atOnce.get()).get(0)));
        }
        WorkQueue queue = commands.asksForAPeering(text) ? requests : work;
        WorkQueue.Admission admission = queue.submit(actor.userId(), COMMAND + " " + abbreviated(text) + " by "
                + actor.userId() + " in " + actor.channel(), () -> commands.onCommand(actor, text));
        Optional<String> waitWords = QueueWords.of(admission);
        return waitWords.isPresent() ? context.ack(privately(waitWords.get())) : context.ack();
    }

    private static SlashCommandResponse privately(String text) {
        return SlashCommandResponse.builder().responseType("ephemeral").text(text).build();
    }

    private static SlashCommandResponse privately(SlackMessage message) {
        return SlashCommandResponse.builder().responseType("ephemeral").text(message.text())
                .blocks(List.copyOf(message.blocks())).build();
    }

    /** For the logs: enough to recognise the command, not a wall of pasted text. */
    private static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?").strip();
        return "'" + (oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine) + "'";
    }
}
