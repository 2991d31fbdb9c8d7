package io.peerbot.application.usecase;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.PeeringExporter;
import io.peerbot.application.port.SharedFile;
import io.peerbot.domain.command.TypedCommand;
import io.peerbot.domain.export.ExportFormat;
import io.peerbot.domain.export.PeeringFootprint;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /peer export <pcx-id> [--format terraform]}: what peerbot made for one of its active peerings, read from
 * AWS now (its record, the routes through it, the rules it marked as its own), written as code and shared as a
 * file in the peering's thread; the asker gets a private answer pointing there. Anyone in an allowed channel may
 * ask, as for {@code /peer status}. Nothing in AWS changes.
 */
public final class ExportPeering {
    private final Ec2Gateways gateways;
    private final PeeringFinder finder;
    private final ChatPort chat;
    private final Map<ExportFormat, PeeringExporter> exporters = new EnumMap<>(ExportFormat.class);

    public ExportPeering(Ec2Gateways gateways, PeeringFinder finder, ChatPort chat, List<PeeringExporter> exporters) {
        this.gateways = gateways;
        this.finder = finder;
        this.chat = chat;
        exporters.forEach(e -> this.exporters.put(e.format(), e));
    }

    public void export(Actor actor, TypedCommand.Export command) {
        PcxId id = PcxId.of(command.pcxId());
        ManagedPeerings.Lookup lookup = finder.lookup(id);
        if (lookup instanceof ManagedPeerings.Missing && finder.peering(command.pcxId()).isEmpty()) {
            tell(actor, new Notice.UnknownPeering(command.pcxId(), List.copyOf(finder.locations())));
        } else if (lookup instanceof ManagedPeerings.Missing || lookup instanceof ManagedPeerings.NotManaged) {
            tell(actor, new Notice.CannotExport(command.pcxId(), Notice.CannotExport.Why.NOT_MADE_BY_PEERBOT, null));
        } else if (lookup instanceof ManagedPeerings.Unreadable unreadable) {
            tell(actor, new Notice.UnreadableRecord(id, unreadable.why()));
        } else if (lookup instanceof ManagedPeerings.Untrusted untrusted) {
            tell(actor, new Notice.RecordNotTrusted(id, untrusted.why()));
        } else if (lookup instanceof ManagedPeerings.Unsaved unsaved) {
            tell(actor, new Notice.RequestNeverSaved(id, unsaved.status()));
        } else if (lookup instanceof ManagedPeerings.Found found) {
            export(actor, command, found);
        }
    }

    private void export(Actor actor, TypedCommand.Export command, ManagedPeerings.Found found) {
        ManagedPeering peering = found.peering();
        if (found.status() != PeeringStatus.ACTIVE) {
            tell(actor, new Notice.CannotExport(command.pcxId(), Notice.CannotExport.Why.NOT_ACTIVE, found.status()));
            return;
        }
        if (!peering.hasThread()) {
            tell(actor, new Notice.NoThread(peering.id()));
            return;
        }
        PeeringExporter exporter = exporters.get(command.format());
        if (exporter == null) {
            tell(actor, new Notice.CannotExport(command.pcxId(), Notice.CannotExport.Why.FORMAT_UNAVAILABLE,
                    found.status()));
            return;
        }
        VpcSnapshot requester = gateways.at(peering.requester().location()).snapshot(peering.requester().vpcId());
        VpcSnapshot accepter = gateways.at(peering.accepter().location()).snapshot(peering.accepter().vpcId());
        PeeringExporter.Exported file = exporter.export(PeeringFootprint.of(peering, requester, accepter));
        chat.share(SharedFile.inThread(peering.thread(), file.filename(), file.title(), file.content()));
        tell(actor, new Notice.Exported(command.pcxId(), command.format(), file.filename(),
                new Notice.ThreadAt(peering.thread().channel(), chat.permalink(peering.thread()))));
    }

    private void tell(Actor actor, Notice notice) {
        chat.tellPrivately(actor.channel(), actor.userId(), notice);
    }
}
