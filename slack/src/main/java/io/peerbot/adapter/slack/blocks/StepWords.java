package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import java.util.List;
import java.util.Map;

/** The words of one step of a change, with the ids of what it touched: the thread's audit record. */
final class StepWords {
    private StepWords() {
    }

    static Notice.Step of(Notice.StepDone done) {
        if (done instanceof Notice.Accepted n) {
            return ok("Accepted " + code(n.pcxId()), "in account " + n.accepter().account() + ", region "
                    + n.accepter().region());
        } else if (done instanceof Notice.Active n) {
            return ok(code(n.pcxId()) + " is active");
        } else if (done instanceof Notice.RoutesAdded n) {
            String title = "Routes on the " + side(n.side(), n.vpcId());
            return n.routes().isEmpty() ? ok(title, "none needed: already in place")
                    : ok(title, n.routes().stream().map(r -> code(r.routeTableId()) + ": " + code(r.destination())
                    + " → " + code(n.pcxId())).toArray(String[]::new));
        } else if (done instanceof Notice.RulesAdded n) {
            String title = "Security group rules on the " + side(n.side(), n.vpcId());
            return n.ruleIdsByDescription().isEmpty() ? ok(title, "none needed: already in place")
                    : ok(title, n.ruleIdsByDescription().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " — " + code(e.getValue())).toArray(String[]::new));
        } else if (done instanceof Notice.RulesRevoked n) {
            String title = "Security group rules revoked on the " + side(n.side(), n.vpcId());
            return n.rules().isEmpty() ? ok(title, "none left: already gone")
                    : ok(title, n.rules().stream().map(r -> code(r.groupId()) + ": " + r.ports() + " from "
                    + (r.source() == null ? "`a group`" : code(r.source())) + " — " + code(r.ruleId()))
                    .toArray(String[]::new));
        } else if (done instanceof Notice.RoutesRemoved n) {
            String title = "Routes removed on the " + side(n.side(), n.vpcId());
            return n.routes().isEmpty() ? ok(title, "none left: already gone")
                    : ok(title, n.routes().stream().map(r -> code(r.routeTableId()) + ": " + code(r.destination())
                    + " → " + code(n.pcxId())).toArray(String[]::new));
        } else if (done instanceof Notice.PeeringDeleted n) {
            return PeeringStatus.fromCode(n.statusBefore()).live()
                    ? ok("Deleted " + code(n.pcxId()), "it was " + n.statusBefore() + "; it is gone from both sides now")
                    : ok(code(n.pcxId()) + " was " + n.statusBefore() + " already", "nothing left to delete");
        } else if (done instanceof Notice.StaleReferences n) {
            List<String> lines = new java.util.ArrayList<>();
            n.revoked().forEach(r -> lines.add("revoked (made by peerbot): " + code(r.groupId()) + ": " + r.ports()
                    + " — " + code(r.ruleId())));
            n.leftAlone().forEach(r -> lines.add("left in place (not made by peerbot; its owner may remove it): "
                    + code(r.groupId()) + ": " + r.ports() + " from " + code(r.referencedGroupId())));
            return ok("Stale references to the peer's groups on the " + side(n.side(), n.vpcId()),
                    lines.toArray(String[]::new));
        }
        Notice.DnsResolutionAllowed n = (Notice.DnsResolutionAllowed) done;
        return ok("Private DNS resolution allowed from the " + side(n.side(), n.vpcId()));
    }

    private static Notice.Step ok(String title, String... lines) {
        return new Notice.Step(true, title, List.of(lines));
    }

    /** "requester side (`vpc-…`)". */
    private static String side(Side side, String vpcId) {
        return side.label() + " side (" + code(vpcId) + ")";
    }

    private static String code(Object value) {
        return Mrkdwn.code(String.valueOf(value));
    }
}
