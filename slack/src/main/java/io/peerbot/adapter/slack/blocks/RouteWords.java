package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.network.PathKind;
import io.peerbot.domain.network.Route;

/** Routes and the paths behind them in words. */
final class RouteWords {
    private RouteWords() {
    }

    /** "`10.0.0.0/8 → tgw-0abc`", with "(propagated)" for a propagated route. */
    static String route(Route route) {
        return Mrkdwn.code(route.destination() + " → " + route.target()) + (route.propagated() ? " (propagated)" : "");
    }

    static String path(PathKind path) {
        return switch (path) {
            case TRANSIT_GATEWAY -> "a transit gateway";
            case FIREWALL_ENDPOINT -> "a firewall or Gateway Load Balancer endpoint";
            case NAT_GATEWAY -> "a NAT gateway";
            case VPN_GATEWAY -> "a VPN or Direct Connect gateway";
            case APPLIANCE_INTERFACE -> "a network appliance's interface";
            case APPLIANCE_INSTANCE -> "a network appliance instance";
        };
    }
}
