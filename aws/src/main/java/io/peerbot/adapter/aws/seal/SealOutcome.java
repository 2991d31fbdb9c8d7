package io.peerbot.adapter.aws.seal;

/** What checking a peering's record found. Only {@link #VALID} may be acted on. */
public enum SealOutcome {
    /** Sealed by one of the bot's keys, unchanged, for this peering (and both copies agree). */
    VALID,
    /** No seal: not a record the bot wrote (or one written before records were sealed). */
    UNSEALED,
    /** No record at all in this account's view: its copy was never written (or every tag of it was removed). */
    MISSING,
    /** A seal that does not match: a tag was added, changed or removed, or the record belongs to another peering. */
    FORGED,
    /** Sealed with a key the bot does not hold (never had, or dropped after a rotation). */
    UNKNOWN_KEY,
    /** The two accounts' copies disagree: an older record restored on one side, or a copy missing. */
    ROLLBACK,
    /**
     * The record a request was created with, sealed before EC2 named the connection (so not bound to its id), and
     * never saved since: the bot stopped between creating the request and its first save. Never acted on but to
     * withdraw the request.
     */
    UNSAVED
}
