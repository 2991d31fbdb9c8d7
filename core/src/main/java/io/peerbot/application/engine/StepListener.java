package io.peerbot.application.engine;

import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.StaleReference;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleRemoval;
import java.util.List;
import java.util.Map;

/** Hears each step of a change as it finishes, whatever its kind, to report it (in the peering's thread). */
public interface StepListener {
    /** Hears nothing: for steps the change's own report already sums up. */
    StepListener UNHEARD = new StepListener() {
        @Override
        public void accepted(String pcxId, Location accepter) {
        }

        @Override
        public void active(String pcxId) {
        }

        @Override
        public void routesAdded(Side side, List<RouteChange> routes) {
        }

        @Override
        public void rulesAdded(Side side, Map<String, String> ruleIdsByDescription) {
        }

        @Override
        public void dnsResolutionAllowed(Side side) {
        }

        @Override
        public void rulesRevoked(Side side, List<RuleRemoval> rules) {
        }

        @Override
        public void routesRemoved(Side side, List<RouteChange> routes) {
        }

        @Override
        public void peeringDeleted(String pcxId, String statusBefore) {
        }
    };

    void accepted(String pcxId, Location accepter);

    void active(String pcxId);

    /** Routes now in place on one side (already present ones included). */
    void routesAdded(Side side, List<RouteChange> routes);

    /** Rules now in place on one side: "sg-…: tcp:5432 from 10.0.0.0/16" → sgr id. */
    void rulesAdded(Side side, Map<String, String> ruleIdsByDescription);

    void dnsResolutionAllowed(Side side);

    /** Peerbot's rules revoked on one side (empty: none was left). */
    void rulesRevoked(Side side, List<RuleRemoval> rules);

    /** Routes through the peering removed on one side (empty: none was left). */
    void routesRemoved(Side side, List<RouteChange> routes);

    /**
     * The peering connection is deleted; {@code statusBefore} is the EC2 status it had ({@code deleted},
     * {@code rejected}, … when there was nothing left to delete).
     */
    void peeringDeleted(String pcxId, String statusBefore);

    /**
     * After the peering is gone: rules on one side that still reference the peer's groups (stale references).
     * Those peerbot made were revoked ({@code revoked}); the others are left for their owners ({@code leftAlone}).
     * Heard only when there was at least one.
     */
    default void staleReferences(Side side, List<RuleRemoval> revoked, List<StaleReference> leftAlone) {
    }
}
