package io.peerbot.application.engine;

import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleRemoval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps what a change reported, one line per step. */
final class RecordingListener implements StepListener {
    final List<String> steps = new ArrayList<>();
    final Map<Side, Map<String, String>> rules = new java.util.EnumMap<>(Side.class);

    @Override
    public void accepted(String pcxId, Location accepter) {
        steps.add("accepted in " + accepter);
    }

    @Override
    public void active(String pcxId) {
        steps.add("active");
    }

    @Override
    public void routesAdded(Side side, List<RouteChange> routes) {
        steps.add(routes.size() + " routes on " + side.label());
    }

    @Override
    public void rulesAdded(Side side, Map<String, String> ruleIdsByDescription) {
        rules.put(side, ruleIdsByDescription);
        steps.add(ruleIdsByDescription.size() + " rules on " + side.label());
    }

    @Override
    public void dnsResolutionAllowed(Side side) {
        steps.add("dns on " + side.label());
    }

    @Override
    public void rulesRevoked(Side side, List<RuleRemoval> rules) {
        steps.add(rules.size() + " rules revoked on " + side.label());
    }

    @Override
    public void routesRemoved(Side side, List<RouteChange> routes) {
        steps.add(routes.size() + " routes removed on " + side.label());
    }

    @Override
    public void peeringDeleted(String pcxId, String statusBefore) {
        steps.add("deleted, was " + statusBefore);
    }
}
