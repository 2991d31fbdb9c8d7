package io.peerbot.domain.plan;

import io.peerbot.domain.network.Cidr;

/** A route to add to one route table: the peer's block, through the peering connection. */
public record RouteChange(String routeTableId, Cidr destination) {
}
