package io.peerbot.application.port.in;

/** The buttons of a drift finding. */
public enum DriftButton {
    /** Restore what the approved plan covers on the side the finding names. */
    REPAIR,
    /** Ask both sides to approve routes and rules for growth. */
    EXTEND,
    /** Record that the finding is intended. */
    DISMISS
}
