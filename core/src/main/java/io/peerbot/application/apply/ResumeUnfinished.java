package io.peerbot.application.apply;

import io.peerbot.application.usecase.PeeringFinder;
import io.peerbot.application.lifecycle.PeeringRecords;
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
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On start: finds the bot's peerings whose change was being applied when it stopped — whatever the change's
 * kind — and finishes them, saying so in their threads; marks requests AWS has expired as expired.
 */
public final class ResumeUnfinished implements ResumeUnfinishedUseCase {
    private static final Logger log = LoggerFactory.getLogger(ResumeUnfinished.class);

    private final PeeringFinder finder;
    private final ManagedPeerings peerings;
    private final PeeringRecords records;
    private final PeeringEngine engine;
    private final ChangeRunner runner;
    private final ChatPort chat;

    public ResumeUnfinished(PeeringFinder finder, ManagedPeerings peerings, PeeringRecords records, PeeringEngine engine,
                     ChangeRunner runner, ChatPort chat) {
        this.finder = finder;
        this.peerings = peerings;
        this.records = records;
        this.engine = engine;
        this.runner = runner;
        this.chat = chat;
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
                    resumeOne(peering, peering.inProgress().get(), found.status());
                    resumed.add(peering.id());
                } else if (peering.creation().state() == ChangeState.AWAITING_APPROVAL
                        && found.status() == PeeringStatus.EXPIRED) {
                    records.save(peering.expire());
                    chat.reply(peering.thread(), new Notice.RequestExpired(peering.id()));
                }
            }
        }
        return resumed;
    }

    private void resumeOne(ManagedPeering peering, Change change, PeeringStatus status) {
        log.info("resuming {} of {}", change.describe(), peering.id());
        try {
            chat.reply(peering.thread(), new Notice.Resuming(change));
            Scene scene = records.read(peering, status);
            runner.run(new ChangeRunner.Begun(peering, change.ref(), scene,
                    engine.plan(peering, change, scene.reading())));
        } catch (RuntimeException e) {
            log.error("resuming {} failed", peering.id(), e);
        }
    }
}
