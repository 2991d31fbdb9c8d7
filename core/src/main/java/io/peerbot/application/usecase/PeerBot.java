package io.peerbot.application.usecase;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.PeerCommands;
import io.peerbot.domain.command.CommandParser;
import io.peerbot.domain.command.ParseResult;
import io.peerbot.domain.command.PeerCommand;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes each {@code /peer} command and each click to its use case, after the channel check. */
public final class PeerBot implements PeerCommands {
    private static final Logger log = LoggerFactory.getLogger(PeerBot.class);

    private final CommandParser parser = new CommandParser();
    private final ChannelPolicy channels;
    private final ChatPort chat;
    private final RequestPeering requestPeering;
    private final ShowPlan showPlan;
    private final DecideChange decide;
    private final Inspect inspect;
    private final RetryChange retry;
    private final RunTest runTest;
    private final AskChange askChange;

    PeerBot(ChannelPolicy channels, ChatPort chat, RequestPeering requestPeering, ShowPlan showPlan,
            DecideChange decide, Inspect inspect, RetryChange retry, RunTest runTest, AskChange askChange) {
        this.runTest = runTest;
        this.askChange = askChange;
        this.channels = channels;
        this.chat = chat;
        this.requestPeering = requestPeering;
        this.showPlan = showPlan;
        this.decide = decide;
        this.inspect = inspect;
        this.retry = retry;
    }

    @Override
    public void onCommand(Actor actor, String text) {
        if (refusedHere(actor)) {
            return;
        }
        ParseResult parsed = parser.parse(text == null ? "" : text);
        if (parsed instanceof ParseResult.Malformed malformed) {
            chat.tellPrivately(actor.channel(), actor.userId(),
                    new Notice.Usage(malformed.problem(), CommandParser.usage()));
            return;
        }
        guarded(actor, () -> dispatch(actor, ((ParseResult.Parsed) parsed).command()));
    }

    private void dispatch(Actor actor, PeerCommand command) {
        if (command instanceof PeerCommand.Request request) {
            requestPeering.request(actor, request);
        } else if (command instanceof PeerCommand.ShowPlan plan) {
            showPlan.show(actor, plan);
        } else if (command instanceof PeerCommand.ListPeerings list) {
            inspect.list(actor, list);
        } else if (command instanceof PeerCommand.Status status) {
            inspect.status(actor, status);
        } else if (command instanceof PeerCommand.Retry again) {
            retry.retry(actor, again);
        } else if (command instanceof PeerCommand.Test test) {
            runTest.run(actor, test);
        } else if (command instanceof PeerCommand.Open open) {
            askChange.ask(actor, ChangeKind.OPEN, PcxId.of(open.pcxId()), open.ports());
        } else if (command instanceof PeerCommand.Close close) {
            askChange.ask(actor, ChangeKind.CLOSE, PcxId.of(close.pcxId()), close.ports());
        } else if (command instanceof PeerCommand.Delete delete) {
            askChange.ask(actor, ChangeKind.DELETE, PcxId.of(delete.pcxId()), List.of());
        } else {
            chat.tellPrivately(actor.channel(), actor.userId(), new Notice.Usage("", CommandParser.usage()));
        }
    }

    @Override
    public void onApprove(Actor actor, String reference) {
        if (!refusedHere(actor)) {
            guarded(actor, () -> decide.approve(actor, reference));
        }
    }

    @Override
    public void onDeny(Actor actor, String reference) {
        if (!refusedHere(actor)) {
            guarded(actor, () -> decide.deny(actor, reference));
        }
    }

    private boolean refusedHere(Actor actor) {
        Optional<Rejection> refusal = channels.check(actor.channel());
        refusal.ifPresent(r -> Conversation.refuse(chat, actor, r));
        return refusal.isPresent();
    }

    /**
     * A failure that a use case did not answer itself is answered privately, so no one is left waiting for a
     * reply that will not come: AWS's refusal explained, anything else (e.g. the chat refusing a post) named.
     */
    private void guarded(Actor actor, Runnable work) {
        try {
            work.run();
        } catch (CloudException e) {
            log.warn("AWS refused work for {}", actor.userId(), e);
            tellSafely(actor, Conversation.explain(e));
        } catch (RuntimeException e) {
            log.error("work for {} in {} failed", actor.userId(), actor.channel(), e);
            tellSafely(actor, "peerbot could not finish that: " + e.getMessage() + ". If it says `not_in_channel`,"
                    + " invite the bot to this channel (`/invite @peerbot`) and try again.");
        }
    }

    private void tellSafely(Actor actor, String text) {
        try {
            Conversation.tell(chat, actor, text);
        } catch (RuntimeException e) {
            log.warn("could not tell {} what went wrong: {}", actor.userId(), e.getMessage());
        }
    }
}
