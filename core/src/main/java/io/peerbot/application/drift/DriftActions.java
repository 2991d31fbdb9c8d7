package io.peerbot.application.drift;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.lifecycle.UntrustedRecords;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.AskChangeCommand;
import io.peerbot.application.port.in.AskChangeUseCase;
import io.peerbot.application.port.in.DriftButton;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.change.ChangeRefusal;
import io.peerbot.domain.drift.DriftCheck;
import io.peerbot.domain.drift.DriftReference;
import io.peerbot.domain.drift.Finding;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on a drift finding's Repair, Extend or Dismiss. The button carries only the peering and the finding's
 * fingerprint: the peering is read back from AWS and the finding worked out again, so a click on a finding that
 * changed or went away does nothing. Repair and Extend are changes like any other ({@link ChangeKind#REPAIR},
 * {@link ChangeKind#EXTEND}) asked through the one lifecycle; Dismiss records who decided the finding is intended,
 * sealed with the record.
 */
public final class DriftActions {
    private static final Logger log = LoggerFactory.getLogger(DriftActions.class);

    private final PeeringRecords records;
    private final PeeringEngine engine;
    private final ApprovalPolicy policy;
    private final AskChangeUseCase ask;
    private final ChatPort chat;
    private final DriftCheck check = new DriftCheck();

    public DriftActions(PeeringRecords records, PeeringEngine engine, ApprovalPolicy policy, AskChangeUseCase ask,
                        ChatPort chat) {
        this.records = records;
        this.engine = engine;
        this.policy = policy;
        this.ask = ask;
        this.chat = chat;
    }

    public void clicked(Actor clicker, DriftButton button, DriftReference ref) {
        if (engine.foreign(ref.location().account())) {
            tell(clicker, new Notice.Rejected(List.of(new Rejection.AccountNotAllowed(ref.pcxId().value(),
                    ref.location().account()))));
            return;
        }
        ManagedPeerings.Lookup lookup = records.lookup(ref.pcxId(), ref.location());
        if (lookup instanceof ManagedPeerings.Untrusted untrusted) {
            new UntrustedRecords(chat).refuse(clicker, untrusted);
            return;
        }
        if (!(lookup instanceof ManagedPeerings.Found found)) {
            tell(clicker, new Notice.PeeringGone(ref.pcxId()));
            return;
        }
        ManagedPeering peering = found.peering();
        Scene scene = records.read(peering, found.status());
        Optional<Finding> finding = check.check(peering, found.status(), scene.reading().requester(),
                scene.reading().accepter()).stream().filter(f -> f.fingerprint().equals(ref.fingerprint()))
                .findFirst();
        if (finding.isEmpty()) {
            tell(clicker, new Notice.DriftNoLongerSeen(peering.id()));
            return;
        }
        switch (button) {
            case REPAIR -> repair(clicker, peering, scene, finding.get());
            case EXTEND -> extend(clicker, peering, finding.get());
            case DISMISS -> dismiss(clicker, peering, scene, finding.get());
        }
    }

    private void repair(Actor clicker, ManagedPeering peering, Scene scene, Finding finding) {
        Optional<Side> side = finding.repairs();
        if (side.isEmpty()) {
            tell(clicker, new Notice.DriftActionNotOffered(peering.id(), DriftButton.REPAIR));
            return;
        }
        if (!scene.owners(side.get()).includes(clicker.userId())) {
            tell(clicker, new Notice.RepairNotAllowed(peering.id(), side.get(), peering.side(side.get()).vpcId(),
                    scene.owners(side.get())));
            return;
        }
        log.info("{} asked to repair {} on the {} side", clicker.userId(), peering.id(), side.get().label());
        ask.ask(new AskChangeCommand(clicker, ChangeKind.REPAIR, peering.id(), List.of()));
    }

    private void extend(Actor clicker, ManagedPeering peering, Finding finding) {
        if (!finding.extendable()) {
            tell(clicker, new Notice.DriftActionNotOffered(peering.id(), DriftButton.EXTEND));
            return;
        }
        log.info("{} asked to extend {}", clicker.userId(), peering.id());
        ask.ask(new AskChangeCommand(clicker, ChangeKind.EXTEND, peering.id(), List.of()));
    }

    private void dismiss(Actor clicker, ManagedPeering peering, Scene scene, Finding finding) {
        if (!scene.involves(clicker.userId()) && !policy.isAdmin(clicker.userId())) {
            tell(clicker, new Notice.DismissNotAllowed(peering.id(), scene.requesterOwners(), scene.accepterOwners(),
                    policy.admins()));
            return;
        }
        // a change being applied saves its own record when done, which would drop the dismissal
        Optional<Boolean> saved = records.locked(peering.id(), () -> records.found(peering.id(),
                peering.requester().location()).map(fresh -> {
                    ManagedPeering current = fresh.peering();
                    if (current.inProgress().isPresent()) {
                        return false;
                    }
                    records.save(current.withDrift(current.drift().dismiss(finding.fingerprint(), clicker.userId())));
                    return true;
                }));
        if (saved.isEmpty()) {
            tell(clicker, new Notice.PeeringGone(peering.id()));
            return;
        }
        if (!saved.get()) {
            tell(clicker, new Notice.NotApplicable(new ChangeRefusal.BeingApplied(peering.id())));
            return;
        }
        log.info("{} dismissed drift {} on {}", clicker.userId(), finding.fingerprint(), peering.id());
        chat.reply(peering.thread(), new Notice.DriftDismissed(clicker.userId(), peering.id(), finding));
    }

    private void tell(Actor clicker, Notice notice) {
        chat.tellPrivately(clicker.channel(), clicker.userId(), notice);
    }
}
