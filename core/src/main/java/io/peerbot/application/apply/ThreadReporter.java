package io.peerbot.application.apply;

import io.peerbot.application.engine.StepListener;
import io.peerbot.application.port.ChatPort;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleRemoval;
import io.peerbot.domain.lifecycle.ManagedPeering;
import java.util.List;
import java.util.Map;

/** Posts each step of a change in the peering's thread as it finishes: the audit record. */
public final class ThreadReporter implements StepListener {
    private final ChatPort chat;
    private final MessageRef thread;
    private final ManagedPeering request;

    public ThreadReporter(ChatPort chat, ManagedPeering request) {
        this.chat = chat;
        this.request = request;
        this.thread = request.thread();
    }

    @Override
    public void accepted(String pcxId, Location accepter) {
        step("Accepted `" + pcxId + "`", "in account " + accepter.account() + ", region " + accepter.region());
    }

    @Override
    public void active(String pcxId) {
        step("`" + pcxId + "` is active");
    }

    @Override
    public void routesAdded(Side side, List<RouteChange> routes) {
        String title = "Routes on the " + side.label() + " side (`" + request.side(side).vpcId() + "`)";
        if (routes.isEmpty()) {
            step(title, "none needed: already in place");
            return;
        }
        step(title, routes.stream().map(r -> "`" + r.routeTableId() + "`: `" + r.destination() + "` → `"
                + request.id() + "`").toArray(String[]::new));
    }

    @Override
    public void rulesAdded(Side side, Map<String, String> ruleIdsByDescription) {
        String title = "Security group rules on the " + side.label() + " side (`" + request.side(side).vpcId() + "`)";
        if (ruleIdsByDescription.isEmpty()) {
            step(title, "none needed: already in place");
            return;
        }
        step(title, ruleIdsByDescription.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " — `" + e.getValue() + "`").toArray(String[]::new));
    }

    @Override
    public void rulesRevoked(Side side, List<RuleRemoval> rules) {
        String title = "Security group rules revoked on the " + side.label() + " side (`"
                + request.side(side).vpcId() + "`)";
        if (rules.isEmpty()) {
            step(title, "none left: already gone");
            return;
        }
        step(title, rules.stream().map(r -> "`" + r.groupId() + "`: " + r.ports() + " from `"
                + (r.source() == null ? "a group" : r.source()) + "` — `" + r.ruleId() + "`").toArray(String[]::new));
    }

    @Override
    public void routesRemoved(Side side, List<RouteChange> routes) {
        String title = "Routes removed on the " + side.label() + " side (`" + request.side(side).vpcId() + "`)";
        if (routes.isEmpty()) {
            step(title, "none left: already gone");
            return;
        }
        step(title, routes.stream().map(r -> "`" + r.routeTableId() + "`: `" + r.destination() + "` → `"
                + request.id() + "`").toArray(String[]::new));
    }

    @Override
    public void peeringDeleted(String pcxId, String statusBefore) {
        if (PeeringStatus.fromCode(statusBefore).live()) {
            step("Deleted `" + pcxId + "`", "it was " + statusBefore + "; it is gone from both sides now");
        } else {
            step("`" + pcxId + "` was " + statusBefore + " already", "nothing left to delete");
        }
    }

    @Override
    public void dnsResolutionAllowed(Side side) {
        step("Private DNS resolution allowed from the " + side.label() + " side (`"
                + request.side(side).vpcId() + "`)");
    }

    private void step(String title, String... lines) {
        chat.reply(thread, new Notice.Step(true, title, List.of(lines)));
    }
}
