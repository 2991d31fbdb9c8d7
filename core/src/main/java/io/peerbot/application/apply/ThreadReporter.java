package io.peerbot.application.apply;

import io.peerbot.application.engine.StepListener;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.StaleReference;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleRemoval;
import java.util.List;
import java.util.Map;

/** Posts each step of a change in the peering's thread as it finishes: the audit record. */
public final class ThreadReporter implements StepListener {
    private final ChatPort chat;
    private final ManagedPeering peering;

    public ThreadReporter(ChatPort chat, ManagedPeering peering) {
        this.chat = chat;
        this.peering = peering;
    }

    @Override
    public void accepted(String pcxId, Location accepter) {
        step(new Notice.Accepted(new PcxId(pcxId), accepter));
    }

    @Override
    public void active(String pcxId) {
        step(new Notice.Active(new PcxId(pcxId)));
    }

    @Override
    public void routesAdded(Side side, List<RouteChange> routes) {
        step(new Notice.RoutesAdded(peering.id(), side, vpc(side), routes));
    }

    @Override
    public void rulesAdded(Side side, Map<String, String> ruleIdsByDescription) {
        step(new Notice.RulesAdded(side, vpc(side), ruleIdsByDescription));
    }

    @Override
    public void rulesRevoked(Side side, List<RuleRemoval> rules) {
        step(new Notice.RulesRevoked(side, vpc(side), rules));
    }

    @Override
    public void routesRemoved(Side side, List<RouteChange> routes) {
        step(new Notice.RoutesRemoved(peering.id(), side, vpc(side), routes));
    }

    @Override
    public void peeringDeleted(String pcxId, String statusBefore) {
        step(new Notice.PeeringDeleted(new PcxId(pcxId), statusBefore));
    }

    @Override
    public void staleReferences(Side side, List<RuleRemoval> revoked, List<StaleReference> leftAlone) {
        step(new Notice.StaleReferences(side, vpc(side), revoked, leftAlone));
    }

    @Override
    public void dnsResolutionAllowed(Side side) {
        step(new Notice.DnsResolutionAllowed(side, vpc(side)));
    }

    private String vpc(Side side) {
        return peering.side(side).vpcId();
    }

    private void step(Notice.StepDone done) {
        chat.reply(peering.thread(), done);
    }
}
