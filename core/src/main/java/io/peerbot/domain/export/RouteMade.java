package io.peerbot.domain.export;

import io.peerbot.domain.network.Cidr;

/** A route through the peering in one route table: to {@code destination} via the peering connection. */
public record RouteMade(String routeTableId, Cidr destination) {
}
