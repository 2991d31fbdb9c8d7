package io.peerbot.application.apply;

import io.peerbot.application.engine.StepListener;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.StaleReference;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleRemoval;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of an apply reported while this replica holds the apply lease; once it lost it, the replica that took
 * the change over reports, and this one says nothing more in the thread.
 */
final class LeaseGuardedSteps implements StepListener {
    private static final Logger log = LoggerFactory.getLogger(LeaseGuardedSteps.class);

    private final StepListener steps;
    private final BooleanSupplier lost;

    LeaseGuardedSteps(StepListener steps, BooleanSupplier lost) {
        this.steps = steps;
        this.lost = lost;
    }

    private boolean held() {
        if (lost.getAsBoolean()) {
            log.info("not reporting a step: the apply lease was lost");
            return false;
        }
        return true;
    }

    @Override
    public void accepted(String pcxId, Location accepter) {
        if (held()) {
            steps.accepted(pcxId, accepter);
        }
    }

    @Override
    public void active(String pcxId) {
        if (held()) {
            steps.active(pcxId);
        }
    }

    @Override
    public void routesAdded(Side side, List<RouteChange> routes) {
        if (held()) {
            steps.routesAdded(side, routes);
        }
    }

    @Override
    public void rulesAdded(Side side, Map<String, String> ruleIdsByDescription) {
        if (held()) {
            steps.rulesAdded(side, ruleIdsByDescription);
        }
    }

    @Override
    public void dnsResolutionAllowed(Side side) {
        if (held()) {
            steps.dnsResolutionAllowed(side);
        }
    }

    @Override
    public void rulesRevoked(Side side, List<RuleRemoval> rules) {
        if (held()) {
            steps.rulesRevoked(side, rules);
        }
    }

    @Override
    public void routesRemoved(Side side, List<RouteChange> routes) {
        if (held()) {
            steps.routesRemoved(side, routes);
        }
    }

    @Override
    public void peeringDeleted(String pcxId, String statusBefore) {
        if (held()) {
            steps.peeringDeleted(pcxId, statusBefore);
        }
    }

    @Override
    public void staleReferences(Side side, List<RuleRemoval> revoked, List<StaleReference> leftAlone) {
        if (held()) {
            steps.staleReferences(side, revoked, leftAlone);
        }
    }
}
