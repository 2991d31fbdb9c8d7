package io.peerbot.domain.export;

import io.peerbot.domain.network.SecurityRule;

/** An ingress rule peerbot added to {@code groupId} for the peering, as AWS holds it (with its {@code sgr-…} id). */
public record RuleMade(String groupId, SecurityRule rule) {
}
