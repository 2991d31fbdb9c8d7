package io.peerbot.domain.request;

import io.peerbot.domain.peering.Side;
import java.time.Instant;

/** Consent for one side of a peering, by a Slack user, at a time. */
public record Approval(Side side, String userId, Instant at) {
}
