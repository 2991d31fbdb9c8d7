package io.peerbot.application.apply;

import io.peerbot.application.usecase.PeeringFinder;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.PlanBinding;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.lifecycle.UntrustedRecords;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.ResumeUnfinishedUseCase;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On start: finds the bot's peerings whose change was being applied when it stopped — whatever the change's
 * kind — and finishes them, saying so in their threads; tells the outcome of changes finished in AWS whose final
 * message and cards may not have reached the chat; marks requests AWS has expired as expired. Each is done
 * holding the peering's apply lease, so of replicas starting at once one does it; a change another replica is
 * applying or still reporting (it holds the apply lease) is left to it.
 */
public final class ResumeUnfinished implements ResumeUnfinishedUseCase {
    private static final Logger log = LoggerFactory.getLogger(ResumeUnfinished.class);

    private final PeeringFinder finder;
    private final ManagedPeerings peerings;
    private final PeeringRecords records;
    private final PeeringEngine engine;
    private final ChangeRunner runner;
    private final ChatPort chat;
    private final PlanBinding binding;
    private final ApplyLeases applies;
    private final OwedReport owed;

    public ResumeUnfinished(PeeringFinder finder, ManagedPeerings peerings, PeeringRecords records, PeeringEngine engine,
                     ChangeRunner runner, PlanBinding binding, ChatPort chat, ApplyLeases applies) {
        this.applies = applies;
        this.binding = binding;
        this.finder = finder;
        this.peerings = peerings;
        this.records = records;
        this.engine = engine;
        this.runner = runner;
        this.chat = chat;
        this.owed = new OwedReport(applies, runner, records);
    }

    @Override
    public List<PcxId> resume() {
        List<PcxId> resumed = new ArrayList<>();
        for (Location location : finder.locations()) {
            for (ManagedPeerings.Lookup lookup : peerings.managedIn(location)) {
                if (lookup instanceof ManagedPeerings.Untrusted untrusted) {
                    new UntrustedRecords(chat).report(untrusted);
                    continue;
                }
                if (!(lookup instanceof ManagedPeerings.Found found)) {
                    continue;
                }
                ManagedPeering peering = found.peering();
                if (!peering.requester().location().equals(location)) {
                    continue;
                }
                if (peering.inProgress().isPresent()) {
                    // another replica may be applying it: the one holding its apply lease carries on
                    if (applies.takeUp(found, fresh -> resumeOne(fresh.peering(), fresh.peering().inProgress().get(),
                            fresh.status()))) {
                        resumed.add(peering.id());
                    }
                } else if (peering.unreported().isPresent()) {
                    // replicas starting at once: the one holding the apply lease tells it, and keeps the lease
                    // until the chat has it
                    if (owed.tellIfOwed(found)) {
                        resumed.add(peering.id());
                    }
                } else if (expiredAwaiting(found)) {
                    applies.takeUp(found, "expiry of the request", ResumeUnfinished::expiredAwaiting, fresh -> {
                        records.save(fresh.peering().expire());
                        chat.reply(fresh.peering().thread(), new Notice.RequestExpired(fresh.peering().id()));
                    });
                }
            }
        }
        return resumed;
    }

    /** A request still awaiting approval that AWS has expired: it is marked expired, once. */
    private static boolean expiredAwaiting(ManagedPeerings.Found found) {
        return found.peering().creation().state() == ChangeState.AWAITING_APPROVAL
                && found.status() == PeeringStatus.EXPIRED;
    }

    /**
     * The plan to carry on with when a change begun earlier is taken up again, or empty when nothing may be
     * applied: subnets its {@code --subnets} named are gone (reported in the thread), or the plan of a creation or
     * an open differs from the approved one (the change then awaits approval of the new plan). A close's or a
     * delete's plan shrinks as it is carried out, and only ever takes away what peerbot made for this peering, so
     * it is taken as it is now.
     */
    static Optional<ChangePlan> planHolds(PlanBinding binding, ChatPort chat, ManagedPeering peering, Change change,
                                          Scene scene) {
        PlanBinding.Verdict verdict = binding.check(peering, change, scene);
        if (verdict instanceof PlanBinding.Verdict.SubnetsGone gone) {
            chat.reply(peering.thread(), new Notice.SubnetsGone(peering.id(), change, gone.subnetIds()));
            return Optional.empty();
        }
        if (verdict instanceof PlanBinding.Verdict.Changed changed) {
            if (change.kind() == ChangeKind.CLOSE || change.kind() == ChangeKind.DELETE) {
                return Optional.of(changed.now());
            }
            binding.rebind(peering, change, scene, changed.now());
            return Optional.empty();
        }
        return Optional.of(((PlanBinding.Verdict.Holds) verdict).plan());
    }

    /** Whose consent made the change run: the latest approval (the asker's, when no one else needed to). */
    static String lastApprover(Change change) {
        return change.approvals().stream().max(Comparator.comparing(Approval::at))
                .map(Approval::userId).orElse(change.requestedBy());
    }

    /**
     * A change recorded as done or failed whose final message and cards a stopped process may not have delivered:
     * told now, once (its record says so once the chat has them). The scene is read once, for its cards.
     */
    private void resumeOne(ManagedPeering peering, Change change, PeeringStatus status) {
        log.info("resuming {} of {}", change.describe(), peering.id());
        try {
            Scene scene = records.read(peering, status);
            Optional<ChangePlan> plan = planHolds(binding, chat, peering, change, scene);
            if (plan.isEmpty()) {
                return;
            }
            chat.reply(peering.thread(), new Notice.Resuming(change));
            runner.run(new ChangeRunner.Begun(peering, change.ref(), scene, plan.get(), lastApprover(change)));
        } catch (RuntimeException e) {
            log.error("resuming {} failed", peering.id(), e);
        }
    }
}
