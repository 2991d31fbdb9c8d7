package io.peerbot.application.engine;

import io.peerbot.application.port.QuotaSource;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcDns;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.PlanNote;
import io.peerbot.domain.plan.SidePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Notes from what the engine read besides the VPCs: quotas that fell back to AWS's defaults, and DNS attributes a
 * {@code --dns} peering needs. They inform; nothing is refused for them.
 */
final class ReadNotes {
    private ReadNotes() {
    }

    static List<PlanNote> of(Location location, QuotaSource.Applied quotas, String vpcId, Optional<VpcDns> dns) {
        List<PlanNote> notes = new ArrayList<>();
        quotas.unanswered().ifPresent(reason -> notes.add(new PlanNote.DefaultQuotasAssumed(location, reason)));
        dns.filter(d -> !d.bothEnabled()).ifPresent(d -> notes.add(new PlanNote.DnsAttributesOff(vpcId, d)));
        return notes;
    }

    static Plan added(Plan plan, List<PlanNote> requester, List<PlanNote> accepter) {
        return new Plan(with(plan.requester(), requester), with(plan.accepter(), accepter), plan.options());
    }

    private static SidePlan with(SidePlan side, List<PlanNote> more) {
        if (more.isEmpty()) {
            return side;
        }
        List<PlanNote> notes = new ArrayList<>(side.notes());
        notes.addAll(more);
        return new SidePlan(side.vpcId(), side.location(), side.routes(), side.rules(), notes, side.targets());
    }
}
