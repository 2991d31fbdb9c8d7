package io.peerbot.application.request;

import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.plan.SidePlan;

/** Whether the request message can show the whole plan, or the thread must carry it. */
public final class PlanSize {
    /** Route tables or groups per side that the request message lists before it summarises. */
    public static final int CARD_ITEMS = 5;

    private PlanSize() {
    }

    public static boolean summarisedOnCard(Plan plan) {
        return tooMany(plan.requester()) || tooMany(plan.accepter());
    }

    private static boolean tooMany(SidePlan side) {
        return side.routes().stream().map(RouteChange::routeTableId).distinct().count() > CARD_ITEMS
                || side.rules().stream().map(RuleChange::groupId).distinct().count() > CARD_ITEMS;
    }
}
