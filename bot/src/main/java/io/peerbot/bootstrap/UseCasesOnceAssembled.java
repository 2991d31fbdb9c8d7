package io.peerbot.bootstrap;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.ChatEvents;
import io.peerbot.application.port.in.DriftButton;
import io.peerbot.application.port.in.HomeTabUseCase;
import io.peerbot.application.usecase.UseCases;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What Slack is routed to while the use cases are still being assembled (they need the bot's own account from
 * STS), so the Socket Mode connection can open first. Work that arrives early waits on the bot's worker threads
 * until they are ready; nothing waits on Slack's own thread: an answer the ack could carry is left to the work.
 */
final class UseCasesOnceAssembled implements ChatEvents, HomeTabUseCase {
    private final CompletableFuture<UseCases> assembled = new CompletableFuture<>();

    /** From now on, everything goes to {@code useCases}; what waited goes there too. */
    void assembled(UseCases useCases) {
        assembled.complete(useCases);
    }

    /** The start failed: what waited, and whatever comes, fails with {@code why}. */
    void failed(Throwable why) {
        assembled.completeExceptionally(why);
    }

    private UseCases useCases() {
        try {
            return assembled.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("peerbot did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private ChatEvents commands() {
        return useCases().commands();
    }

    @Override
    public Optional<Notice> answerAtOnce(Actor actor, String text) {
        UseCases ready = assembled.getNow(null);
        return ready == null ? Optional.empty() : ready.commands().answerAtOnce(actor, text);
    }

    /** Before the start is over, every command waits with the others. */
    @Override
    public boolean asksForAPeering(String text) {
        UseCases ready = assembled.getNow(null);
        return ready != null && ready.commands().asksForAPeering(text);
    }

    @Override
    public void onCommand(Actor actor, String text) {
        commands().onCommand(actor, text);
    }

    @Override
    public void onApprove(Actor actor, String reference) {
        commands().onApprove(actor, reference);
    }

    @Override
    public void onDeny(Actor actor, String reference) {
        commands().onDeny(actor, reference);
    }

    @Override
    public void onDriftClick(Actor actor, DriftButton button, String reference) {
        commands().onDriftClick(actor, button, reference);
    }

    @Override
    public void onRenew(Actor actor, String reference) {
        commands().onRenew(actor, reference);
    }

    @Override
    public void onEndNow(Actor actor, String reference) {
        commands().onEndNow(actor, reference);
    }

    @Override
    public void onRejectForeign(Actor actor, String reference) {
        commands().onRejectForeign(actor, reference);
    }

    @Override
    public void opened(String userId) {
        useCases().home().opened(userId);
    }
}
