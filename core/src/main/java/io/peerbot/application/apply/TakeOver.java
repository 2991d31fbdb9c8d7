package io.peerbot.application.apply;

import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.PlanBinding;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Scheduler;
import io.peerbot.application.usecase.PeeringFinder;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With several replicas, one may die while it applies a change, or once the change is done in AWS but before its
 * outcome is in the chat; its apply lease then expires. This look, run every lease ttl or so while the bot runs,
 * finds changes in progress or outcomes owed whose apply lease it can take, and finishes them, saying so in their
 * threads, or tells the outcome. A change another replica is applying or still reporting is left alone (its lease
 * is held).
 */
public final class TakeOver {
    private static final Logger log = LoggerFactory.getLogger(TakeOver.class);

    private final PeeringFinder finder;
    private final ManagedPeerings peerings;
    private final PeeringRecords records;
    private final ChangeRunner runner;
    private final PlanBinding binding;
    private final ChatPort chat;
    private final ApplyLeases applies;
    private final OwedReport owed;

    public TakeOver(PeeringFinder finder, ManagedPeerings peerings, PeeringRecords records, ChangeRunner runner,
                    PlanBinding binding, ChatPort chat, ApplyLeases applies) {
        this.finder = finder;
        this.peerings = peerings;
        this.records = records;
        this.runner = runner;
        this.binding = binding;
        this.chat = chat;
        this.applies = applies;
        this.owed = new OwedReport(applies, runner, records);
    }

    /** Looks every {@code interval}, on the scheduler's thread. */
    public void startOn(Scheduler scheduler, Duration interval) {
        scheduler.every(interval, this::run);
    }

    /**
     * One look in every location; returns the peerings whose change this replica took over and finished, or whose
     * owed outcome it told.
     */
    public List<PcxId> run() {
        List<PcxId> taken = new ArrayList<>();
        for (Location location : finder.locations()) {
            List<ManagedPeerings.Lookup> found;
            try {
                found = peerings.managedIn(location);
            } catch (CloudException e) {
                log.warn("could not look for abandoned changes in {}: {}", location, e.getMessage());
                continue;
            }
            for (ManagedPeerings.Lookup lookup : found) {
                if (!(lookup instanceof ManagedPeerings.Found f)
                        || !f.peering().requester().location().equals(location)) {
                    continue;
                }
                ManagedPeering peering = f.peering();
                if (peering.inProgress().isPresent() ? applies.takeUp(f, this::finish) : owed.tellIfOwed(f)) {
                    taken.add(peering.id());
                }
            }
        }
        if (!taken.isEmpty()) {
            log.info("took over {} change(s) or outcome(s) another replica left unfinished: {}", taken.size(), taken);
        }
        return taken;
    }

    private void finish(ManagedPeerings.Found found) {
        ManagedPeering peering = found.peering();
        Change change = peering.inProgress().orElseThrow();
        log.info("taking over {} of {}", change.describe(), peering.id());
        try {
            Scene scene = records.read(peering, found.status());
            Optional<ChangePlan> plan = ResumeUnfinished.planHolds(binding, chat, peering, change, scene);
            if (plan.isEmpty()) {
                return;
            }
            chat.reply(peering.thread(), new Notice.TakingOver(change));
            runner.run(new ChangeRunner.Begun(peering, change.ref(), scene, plan.get(),
                    ResumeUnfinished.lastApprover(change)));
        } catch (RuntimeException e) {
            log.error("taking over {} of {} failed", change.describe(), peering.id(), e);
        }
    }
}
