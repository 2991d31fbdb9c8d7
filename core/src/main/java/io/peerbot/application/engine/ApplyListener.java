package io.peerbot.application.engine;

import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.RouteChange;
import java.util.List;
import java.util.Map;

/** Hears each step of an apply as it finishes, to report it (in the request's thread). */
public interface ApplyListener {
    void accepted(String pcxId, Location accepter);

    void active(String pcxId);

    /** Routes now in place on one side (already present ones included). */
    void routesAdded(Side side, List<RouteChange> routes);

    /** Rules now in place on one side: "sg-…: tcp:5432 from 10.0.0.0/16" → sgr id. */
    void rulesAdded(Side side, Map<String, String> ruleIdsByDescription);

    void dnsResolutionAllowed(Side side);

    ApplyListener SILENT = new ApplyListener() {
        public void accepted(String pcxId, Location accepter) {
        }

        public void active(String pcxId) {
        }

        public void routesAdded(Side side, List<RouteChange> routes) {
        }

        public void rulesAdded(Side side, Map<String, String> ruleIdsByDescription) {
        }

        public void dnsResolutionAllowed(Side side) {
        }
    };
}
