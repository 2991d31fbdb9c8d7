package io.peerbot.domain.network;

import java.util.List;
import java.util.Optional;

public record RouteTable(String id, boolean main, List<String> subnetIds, List<Route> routes) {
    public RouteTable {
        subnetIds = List.copyOf(subnetIds);
        routes = List.copyOf(routes);
    }

    public Optional<Route> routeTo(Cidr destination) {
        return routes.stream().filter(r -> r.destination().equals(destination)).findFirst();
    }
}
