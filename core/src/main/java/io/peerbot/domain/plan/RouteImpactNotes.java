package io.peerbot.domain.plan;

import io.peerbot.domain.network.VpcSnapshot;
import java.util.ArrayList;
import java.util.List;

/** The route impact of one side's planned routes as plan notes: ranges that stay elsewhere, paths left. */
final class RouteImpactNotes {
    private RouteImpactNotes() {
    }

    static List<PlanNote> of(VpcSnapshot self, List<RouteChange> routes, boolean overrideRoutes) {
        List<PlanNote> notes = new ArrayList<>();
        for (RouteImpact impact : RouteImpacts.worthTelling(self, routes)) {
            impact.movedOffPath().ifPresent(path -> notes.add(new PlanNote.RouteMovesOffPath(impact.routeTableId(),
                    impact.range(), impact.today(), path, overrideRoutes)));
            impact.staying().forEach(route -> notes.add(new PlanNote.RouteStays(impact.routeTableId(),
                    impact.range(), route)));
        }
        return notes;
    }
}
