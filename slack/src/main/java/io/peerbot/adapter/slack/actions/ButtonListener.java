package io.peerbot.adapter.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.peerbot.adapter.slack.WorkQueue;
import io.peerbot.application.port.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Every click on any of the bot's buttons, registered once for every {@code action_id}
 * ({@link #EVERY_ACTION}): acknowledged at once; the clicker and the button's value (untrusted — the use case
 * re-reads what it refers to from AWS) go to the use case for that {@code action_id} on a worker, in the
 * clicker's turn. A button the bot does not know (from an old message, or altered) still gets a private
 * answer, as does a click that waits its turn. A block action's acknowledgement cannot carry a message, so
 * those answers go through {@code answers}.
 */
public final class ButtonListener implements BlockActionHandler {
    public static final Pattern EVERY_ACTION = Pattern.compile(".*");

    /** Private answers about a click; must not block, as it runs on Bolt's thread. */
    public interface Answers {
        void unknownButton(Actor clicker);

        void waiting(Actor clicker, WorkQueue.Admission admission);
    }

    private final WorkQueue work;
    private final Answers answers;
    private final Map<String, BiConsumer<Actor, String>> useCases = new LinkedHashMap<>();

    public ButtonListener(WorkQueue work, Answers answers) {
        this.work = work;
        this.answers = answers;
    }

    /** Clicks on buttons with {@code actionId} go to {@code useCase} (e.g. {@code ChatEvents::onApprove}). */
    public ButtonListener on(String actionId, BiConsumer<Actor, String> useCase) {
        if (useCases.putIfAbsent(actionId, useCase) != null) {
            throw new IllegalArgumentException(actionId + " is routed already");
        }
        return this;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        Actor actor = new Actor(payload.getUser().getId(), channelOf(payload));
        BlockActionPayload.Action action = payload.getActions() == null || payload.getActions().isEmpty()
                ? null : payload.getActions().get(0);
        BiConsumer<Actor, String> useCase = action == null ? null : useCases.get(action.getActionId());
        if (useCase == null) {
            answers.unknownButton(actor);
            return context.ack();
        }
        String value = Objects.requireNonNullElse(action.getValue(), "");
        WorkQueue.Admission admission = work.submit(actor.userId(), action.getActionId() + " " + abbreviated(value)
                + " by " + actor.userId() + " in " + actor.channel(), () -> useCase.accept(actor, value));
        if (!(admission instanceof WorkQueue.Admission.Started)) {
            answers.waiting(actor, admission);
        }
        return context.ack();
    }

    private static String channelOf(BlockActionPayload payload) {
        if (payload.getChannel() != null) {
            return payload.getChannel().getId();
        }
        return payload.getContainer() == null ? null : payload.getContainer().getChannelId();
    }

    /** The value is untrusted: keep a forged one from flooding or forging log lines. */
    private static String abbreviated(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return "'" + (printable.length() > 80 ? printable.substring(0, 80) + "…" : printable) + "'";
    }
}
