package io.peerbot.domain.approval;

import io.peerbot.domain.peering.Side;
import java.util.Set;

/** What a click on Approve or Deny by one user means for one request. */
public sealed interface ClickVerdict {
    /** The click approves these sides (an owner may own both). */
    record Approves(Set<Side> sides) implements ClickVerdict {
        public Approves {
            sides = Set.copyOf(sides);
        }
    }

    /** The click denies the request. */
    record Denies() implements ClickVerdict {
    }

    /** Nothing changes; {@code reason} tells the clicker why and who can act instead. */
    record Refused(String reason) implements ClickVerdict {
    }
}
