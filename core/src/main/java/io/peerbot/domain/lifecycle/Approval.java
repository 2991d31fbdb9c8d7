package io.peerbot.domain.lifecycle;

import io.peerbot.domain.peering.Side;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Consent for one side of a change, by a Slack user, at a time kept to the second. */
public record Approval(Side side, String userId, Instant at) {
    public Approval {
        at = at.truncatedTo(ChronoUnit.SECONDS);
    }
}
