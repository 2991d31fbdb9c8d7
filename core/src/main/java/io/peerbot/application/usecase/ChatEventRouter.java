package io.peerbot.application.usecase;

import io.peerbot.application.map.ShowMap;
import io.peerbot.application.policy.ShowPolicy;
import io.peerbot.application.drift.DriftActions;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Notice;
import io.peerbot.application.lease.PeeringBusy;
import io.peerbot.application.port.Problem;
import io.peerbot.application.port.in.AskChangeCommand;
import io.peerbot.application.port.in.AskChangeUseCase;
import io.peerbot.application.port.in.ChatEvents;
import io.peerbot.application.port.in.DecideChangeCommand;
import io.peerbot.application.port.in.DecideChangeUseCase;
import io.peerbot.application.port.in.DriftButton;
import io.peerbot.application.port.in.PeeringCommand;
import io.peerbot.application.port.in.RequestPeeringUseCase;
import io.peerbot.application.port.in.RetryChangeUseCase;
import io.peerbot.application.port.in.ShowPlanUseCase;
import io.peerbot.domain.command.CommandParser;
import io.peerbot.domain.command.ParseResult;
import io.peerbot.domain.command.TypedCommand;
import io.peerbot.domain.drift.DriftReference;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.validation.Rejection;
import io.peerbot.application.port.in.RejectForeignUseCase;
import io.peerbot.application.port.in.TermButtonsUseCase;
import io.peerbot.domain.lifecycle.ConnectionReference;
import io.peerbot.domain.lifecycle.ChangeReference;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each {@code /peer} command and each click, after the channel check, to the use case behind it as a
 * validated command. What no use case answered itself is answered privately here.
 */
public final class ChatEventRouter implements ChatEvents {
    private static final Logger log = LoggerFactory.getLogger(ChatEventRouter.class);

    private final CommandParser parser = new CommandParser();
    private final ChannelPolicy channels;
    private final ChatPort chat;
    private final Routes routes;
    private final DriftActions drift;

    /** The use cases commands and clicks go to. */
    public record Routes(RequestPeeringUseCase request, ShowPlanUseCase plan, AskChangeUseCase ask,
                         DecideChangeUseCase decide, RetryChangeUseCase retry, Inspect inspect, RunTest test,
                         ShowMap map, ShowPolicy policy, TermButtonsUseCase terms,
                         RejectForeignUseCase rejectForeign, ExportPeering export) {
    }

    public ChatEventRouter(ChannelPolicy channels, ChatPort chat, Routes routes) {
        this(channels, chat, routes, null);
    }

    /** @param drift where a drift finding's buttons go; null: such clicks are answered as unknown buttons */
    public ChatEventRouter(ChannelPolicy channels, ChatPort chat, Routes routes, DriftActions drift) {
        this.channels = channels;
        this.chat = chat;
        this.routes = routes;
        this.drift = drift;
    }

    @Override
    public Optional<Notice> answerAtOnce(Actor actor, String text) {
        Optional<Rejection> refusal = channels.check(actor.channel());
        if (refusal.isPresent()) {
            return Optional.of(new Notice.Rejected(List.of(refusal.get())));
        }
        ParseResult parsed = parser.parse(text == null ? "" : text);
        if (parsed instanceof ParseResult.Malformed malformed) {
            return Optional.of(new Notice.Usage(malformed.problem()));
        }
        if (((ParseResult.Parsed) parsed).command() instanceof TypedCommand.Help) {
            return Optional.of(new Notice.Usage(""));
        }
        return Optional.empty();
    }

    @Override
    public boolean asksForAPeering(String text) {
        return parser.parse(text == null ? "" : text) instanceof ParseResult.Parsed parsed
                && parsed.command() instanceof TypedCommand.Request;
    }

    @Override
    public void onCommand(Actor actor, String text) {
        if (refusedHere(actor)) {
            return;
        }
        ParseResult parsed = parser.parse(text == null ? "" : text);
        if (parsed instanceof ParseResult.Malformed malformed) {
            chat.tellPrivately(actor.channel(), actor.userId(),
                    new Notice.Usage(malformed.problem()));
            return;
        }
        TypedCommand command = ((ParseResult.Parsed) parsed).command();
        guarded(actor, proposed(command), () -> dispatch(actor, command));
    }

    /** A plan or a request, as its failures name it; empty for any other command. */
    private static Optional<Notice.Proposed> proposed(TypedCommand command) {
        if (command instanceof TypedCommand.Request request) {
            return Optional.of(new Notice.Proposed(Notice.Proposed.Kind.REQUEST, request.requester(),
                    request.accepter()));
        } else if (command instanceof TypedCommand.ShowPlan plan) {
            return Optional.of(new Notice.Proposed(Notice.Proposed.Kind.PLAN, plan.requester(), plan.accepter()));
        }
        return Optional.empty();
    }

    private void dispatch(Actor actor, TypedCommand command) {
        if (command instanceof TypedCommand.Request request) {
            routes.request().request(new PeeringCommand(actor, request.requester(), request.accepter(),
                    request.options(), request.lasting()));
        } else if (command instanceof TypedCommand.ShowPlan plan) {
            routes.plan().show(new PeeringCommand(actor, plan.requester(), plan.accepter(), plan.options()));
        } else if (command instanceof TypedCommand.ListPeerings list) {
            routes.inspect().list(actor, list);
        } else if (command instanceof TypedCommand.ShowMap map) {
            routes.map().show(actor, map.scope());
        } else if (command instanceof TypedCommand.Status status) {
            routes.inspect().status(actor, status);
        } else if (command instanceof TypedCommand.ShowPolicy policy) {
            routes.policy().show(actor, policy);
        } else if (command instanceof TypedCommand.Retry again) {
            routes.retry().retry(new RetryChangeUseCase.Command(actor, PcxId.of(again.pcxId())));
        } else if (command instanceof TypedCommand.Test test) {
            routes.test().run(actor, test);
        } else if (command instanceof TypedCommand.Export export) {
            routes.export().export(actor, export);
        } else if (command instanceof TypedCommand.Open open) {
            routes.ask().ask(new AskChangeCommand(actor, ChangeKind.OPEN, PcxId.of(open.pcxId()), open.ports(),
                    open.lasting()));
        } else if (command instanceof TypedCommand.Renew renew) {
            routes.ask().ask(new AskChangeCommand(actor, ChangeKind.RENEW, PcxId.of(renew.pcxId()), List.of(),
                    Optional.of(renew.lasting())));
        } else if (command instanceof TypedCommand.Close close) {
            routes.ask().ask(new AskChangeCommand(actor, ChangeKind.CLOSE, PcxId.of(close.pcxId()), close.ports()));
        } else if (command instanceof TypedCommand.Delete delete) {
            routes.ask().ask(new AskChangeCommand(actor, ChangeKind.DELETE, PcxId.of(delete.pcxId()), List.of()));
        } else {
            chat.tellPrivately(actor.channel(), actor.userId(), new Notice.Usage(""));
        }
    }

    @Override
    public void onApprove(Actor actor, String reference) {
        clicked(actor, true, reference);
    }

    @Override
    public void onDeny(Actor actor, String reference) {
        clicked(actor, false, reference);
    }

    @Override
    public void onRenew(Actor actor, String reference) {
        onTerm(actor, reference, "renew", source -> routes.terms().renew(actor, source));
    }

    @Override
    public void onEndNow(Actor actor, String reference) {
        onTerm(actor, reference, "end now", source -> routes.terms().endNow(actor, source));
    }

    @Override
    public void onRejectForeign(Actor actor, String reference) {
        if (refused(actor, channels.checkAlertButton(actor.channel()))) {
            return;
        }
        Optional<ConnectionReference> request = ConnectionReference.parse(reference);
        if (request.isEmpty()) {
            log.warn("{} clicked reject with an unreadable reference", actor.userId());
            chat.tellPrivately(actor.channel(), actor.userId(), new Notice.UnknownButton());
            return;
        }
        guarded(actor, () -> routes.rejectForeign().reject(actor, request.get()));
    }

    private void onTerm(Actor actor, String buttonValue, String button, Consumer<ChangeReference> work) {
        if (refusedHere(actor)) {
            return;
        }
        Optional<ChangeReference> source = ChangeReference.parse(buttonValue);
        if (source.isEmpty()) {
            log.warn("{} clicked {} with an unreadable reference", actor.userId(), button);
            chat.tellPrivately(actor.channel(), actor.userId(), new Notice.UnknownButton());
            return;
        }
        guarded(actor, () -> work.accept(source.get()));
    }

    private void clicked(Actor actor, boolean approve, String buttonValue) {
        if (refusedHere(actor)) {
            return;
        }
        Optional<DecideChangeCommand> command = DecideChangeCommand.fromButton(actor, approve, buttonValue);
        if (command.isEmpty()) {
            log.warn("{} clicked {} with an unreadable reference", actor.userId(), approve ? "approve" : "deny");
            chat.tellPrivately(actor.channel(), actor.userId(), new Notice.UnknownButton());
            return;
        }
        guarded(actor, () -> routes.decide().decide(command.get()));
    }

    @Override
    public void onDriftClick(Actor actor, DriftButton button, String buttonValue) {
        if (refusedHere(actor)) {
            return;
        }
        Optional<DriftReference> reference = DriftReference.parse(buttonValue);
        if (reference.isEmpty() || drift == null) {
            log.warn("{} clicked {} with an unreadable reference", actor.userId(), button);
            chat.tellPrivately(actor.channel(), actor.userId(), new Notice.UnknownButton());
            return;
        }
        guarded(actor, () -> drift.clicked(actor, button, reference.get()));
    }

    private boolean refusedHere(Actor actor) {
        return refused(actor, channels.check(actor.channel()));
    }

    private boolean refused(Actor actor, Optional<Rejection> refusal) {
        refusal.ifPresent(r -> Conversation.refuse(chat, actor, r));
        return refusal.isPresent();
    }

    /**
     * A failure that a use case did not answer itself is answered privately, so no one is left waiting for a
     * reply that will not come: AWS's refusal explained, a decision another replica did not finish in time said,
     * anything else (e.g. the chat refusing a post) named.
     */
    private void guarded(Actor actor, Runnable work) {
        guarded(actor, Optional.empty(), work);
    }

    /** As {@link #guarded(Actor, Runnable)}, for a plan or a request ({@code proposed}): the answer names it. */
    private void guarded(Actor actor, Optional<Notice.Proposed> proposed, Runnable work) {
        try {
            work.run();
        } catch (PeeringBusy e) {
            log.info("{} waited in vain for another replica's decision on {}", actor.userId(), e.pcxId());
            tellSafely(actor, proposed, new Notice.DecisionUnderway(e.pcxId()));
        } catch (CloudException e) {
            log.warn("AWS refused work for {}", actor.userId(), e);
            tellSafely(actor, proposed, new Notice.CouldNotFinish(Problem.of(e)));
        } catch (RuntimeException e) {
            log.error("work for {} in {} failed", actor.userId(), actor.channel(), e);
            tellSafely(actor, proposed, new Notice.CouldNotFinish(Problem.of(e)));
        }
    }

    private void tellSafely(Actor actor, Optional<Notice.Proposed> proposed, Notice notice) {
        tellSafely(actor, proposed.<Notice>map(about -> new Notice.ProposalRefused(about, notice)).orElse(notice));
    }

    private void tellSafely(Actor actor, Notice notice) {
        try {
            Conversation.tell(chat, actor, notice);
        } catch (RuntimeException e) {
            log.warn("could not tell {} what went wrong: {}", actor.userId(), e.getMessage());
        }
    }
}
