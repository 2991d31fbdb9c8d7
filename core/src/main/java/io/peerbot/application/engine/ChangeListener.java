package io.peerbot.application.engine;

import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleRemoval;
import java.util.List;
import java.util.Map;

/** Hears each step of a change to an applied peering (open, close, delete) as it finishes, to report it. */
public interface ChangeListener {
    /** After an open: the rules for the new ports now in place on one side, "sg-…: tcp:6379 from …" → sgr id. */
    void rulesAdded(Side side, Map<String, String> ruleIdsByDescription);

    /** Peerbot's rules revoked on one side (empty: none was left). */
    void rulesRevoked(Side side, List<RuleRemoval> rules);

    /** Routes through the peering removed on one side (empty: none was left). */
    void routesRemoved(Side side, List<RouteChange> routes);

    /**
     * The peering connection is deleted; {@code statusBefore} is the EC2 status it had ({@code deleted},
     * {@code rejected}, … when there was nothing left to delete).
     */
    void peeringDeleted(String pcxId, String statusBefore);

    ChangeListener SILENT = new ChangeListener() {
        public void rulesAdded(Side side, Map<String, String> ruleIdsByDescription) {
        }

        public void rulesRevoked(Side side, List<RuleRemoval> rules) {
        }

        public void routesRemoved(Side side, List<RouteChange> routes) {
        }

        public void peeringDeleted(String pcxId, String statusBefore) {
        }
    };
}
