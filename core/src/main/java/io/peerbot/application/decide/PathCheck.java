package io.peerbot.application.decide;

import io.peerbot.application.lifecycle.Scene;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.validation.PathsLeft;
import io.peerbot.domain.validation.Rejection;
import java.util.List;

/**
 * The routes a change adds, against the route tables as read now: one that would move a range off a transit
 * gateway, firewall or similar path is not added unless the peering was asked with {@code --override-routes}.
 */
final class PathCheck {
    private PathCheck() {
    }

    static List<Rejection> moved(ManagedPeering peering, ChangePlan plan, Scene scene) {
        if (peering.options().overrideRoutes() || plan.additions() == null) {
            return List.of();
        }
        return PathsLeft.of(plan.additions(), scene.reading().requester(), scene.reading().accepter());
    }
}
