package io.peerbot.domain.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a route table sends traffic, by AWS's rules: the longest matching prefix wins; between routes to the same
 * destination the {@code local} route wins, then a static route over a propagated one.
 */
public final class NextHop {
    private static final Comparator<Route> PRECEDENCE = Comparator
            .comparingInt((Route r) -> r.destination().prefixLength())
            .thenComparing(Route::local)
            .thenComparing(r -> !r.propagated());

    private NextHop() {
    }

    /** The route that carries the whole of {@code range}: the most specific one whose destination contains it. */
    public static Optional<Route> forRange(List<Route> routes, Cidr range) {
        return routes.stream().filter(r -> r.destination().contains(range)).max(PRECEDENCE);
    }

    /** Routes strictly inside {@code range}: they keep their part of it whatever route {@code range} gets. */
    public static List<Route> moreSpecificThan(List<Route> routes, Cidr range) {
        return routes.stream()
                .filter(r -> range.contains(r.destination()) && !r.destination().equals(range))
                .sorted(Comparator.comparing(Route::destination))
                .toList();
    }
}
