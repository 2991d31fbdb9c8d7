package io.peerbot.domain.map;

/** Whether a peering's routes and rules still match what was approved, as far as the bot knows. */
public enum Drift {
    /** Not compared (no drift check has run on it). */
    UNKNOWN,
    /** Compared and matching. */
    NONE,
    /** Compared and different: something was changed outside the bot. */
    DRIFTED
}
