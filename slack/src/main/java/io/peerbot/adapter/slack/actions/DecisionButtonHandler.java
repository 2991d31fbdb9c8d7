package io.peerbot.adapter.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.peerbot.adapter.slack.WorkQueue;
import io.peerbot.application.port.Actor;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A click on Approve or Deny: acknowledged at once; the clicker and the button's value (untrusted — the
 * use case re-reads the request from AWS) go to the use cases on a worker. When every worker is busy,
 * {@code whenBusy} tells the clicker; a block action's acknowledgement cannot carry a message.
 */
public final class DecisionButtonHandler implements BlockActionHandler {
    private final String actionId;
    private final WorkQueue work;
    private final BiConsumer<Actor, String> click;
    private final Consumer<Actor> whenBusy;

    /**
     * @param click    {@code ChatEvents::onApprove} or {@code ::onDeny}
     * @param whenBusy must not block: it runs on Bolt's thread
     */
    public DecisionButtonHandler(String actionId, WorkQueue work, BiConsumer<Actor, String> click,
                                 Consumer<Actor> whenBusy) {
        this.actionId = actionId;
        this.work = work;
        this.click = click;
        this.whenBusy = whenBusy;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        Actor actor = new Actor(payload.getUser().getId(), channelOf(payload));
        String value = payload.getActions().stream()
                .filter(action -> actionId.equals(action.getActionId()))
                .map(BlockActionPayload.Action::getValue).filter(Objects::nonNull)
                .findFirst().orElse("");
        boolean accepted = work.tryRun(actionId + " " + abbreviated(value) + " by " + actor.userId() + " in "
                + actor.channel(), () -> click.accept(actor, value));
        if (!accepted) {
            whenBusy.accept(actor);
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
