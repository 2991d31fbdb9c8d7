package io.peerbot.application.expiry;

import io.peerbot.application.apply.ChangeRunner;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.AskChangeCommand;
import io.peerbot.application.port.in.AskChangeUseCase;
import io.peerbot.application.port.in.TermButtonsUseCase;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.expiry.Lifetime;
import io.peerbot.domain.expiry.Term;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Renew and End now on a reminder. The button names the change whose term it is; the peering is read back from
 * AWS and the term must still be that change's, so an old reminder's button does nothing once the term was
 * renewed or ended.
 */
public final class TermButtons implements TermButtonsUseCase {
    private final PeeringRecords records;
    private final ApprovalPolicy policy;
    private final AskChangeUseCase ask;
    private final EndTerm endTerm;
    private final ChangeRunner runner;
    private final ChatPort chat;
    private final Clock clock;

    public TermButtons(PeeringRecords records, ApprovalPolicy policy, AskChangeUseCase ask, EndTerm endTerm,
                       ChangeRunner runner, ChatPort chat, Clock clock) {
        this.records = records;
        this.policy = policy;
        this.ask = ask;
        this.endTerm = endTerm;
        this.runner = runner;
        this.chat = chat;
        this.clock = clock;
    }

    @Override
    public void renew(Actor clicker, ChangeReference source) {
        Optional<Term> term = records.found(source.pcxId(), source.location())
                .flatMap(found -> termOf(found, source));
        if (term.isEmpty()) {
            tell(clicker, new Notice.TermGone(source.pcxId()));
            return;
        }
        Duration length = Duration.between(term.get().source().requestedAt(), term.get().end());
        Duration bounded = length.compareTo(Lifetime.SHORTEST) < 0 ? Lifetime.SHORTEST
                : length.compareTo(Lifetime.LONGEST) > 0 ? Lifetime.LONGEST : length;
        // the term this reminder is about: the opening's ports, or none for the whole peering
        ask.ask(new AskChangeCommand(clicker, ChangeKind.RENEW, source.pcxId(), term.get().ports(),
                Optional.of(new Lifetime(bounded))));
    }

    @Override
    public void endNow(Actor clicker, ChangeReference source) {
        records.locked(source.pcxId(), () -> endLocked(clicker, source)).ifPresent(runner::run);
    }

    private Optional<ChangeRunner.Begun> endLocked(Actor clicker, ChangeReference source) {
        Optional<ManagedPeerings.Found> found = records.found(source.pcxId(), source.location());
        Optional<Term> term = found.flatMap(f -> termOf(f, source));
        if (term.isEmpty()) {
            tell(clicker, new Notice.TermGone(source.pcxId()));
            return Optional.empty();
        }
        ManagedPeering peering = found.get().peering();
        Scene scene = records.read(peering, found.get().status());
        if (!scene.involves(clicker.userId()) && !policy.admins().contains(clicker.userId())) {
            tell(clicker, new Notice.EndNowRefused(peering.id(), scene.requesterOwners(), scene.accepterOwners(),
                    policy.admins()));
            return Optional.empty();
        }
        return endTerm.begin(peering, scene, term.get(), clicker.userId(), clock.instant());
    }

    private static Optional<Term> termOf(ManagedPeerings.Found found, ChangeReference source) {
        if (found.status() != PeeringStatus.ACTIVE) {
            return Optional.empty();
        }
        return Term.of(found.peering()).stream().filter(t -> t.source().ref().equals(source.change())).findFirst();
    }

    private void tell(Actor clicker, Notice notice) {
        chat.tellPrivately(clicker.channel(), clicker.userId(), notice);
    }
}
