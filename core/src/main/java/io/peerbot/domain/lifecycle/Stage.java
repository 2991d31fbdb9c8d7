package io.peerbot.domain.lifecycle;

/**
 * Where a peering stands as a whole, read from its changes (never stored on its own): the creation's state,
 * unless a later change was approved, which then says.
 */
public enum Stage {
    AWAITING_APPROVAL("awaiting-approval"),
    APPLYING("applying"),
    APPLIED("applied"),
    FAILED("failed"),
    DENIED("denied"),
    EXPIRED("expired"),
    DELETING("deleting"),
    DELETED("deleted");

    private final String tag;

    Stage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The stage a change puts its peering in. */
    static Stage of(Change change) {
        boolean delete = change.kind() == ChangeKind.DELETE;
        return switch (change.state()) {
            case AWAITING_APPROVAL -> AWAITING_APPROVAL;
            case APPLYING -> delete ? DELETING : APPLYING;
            case DONE -> delete ? DELETED : APPLIED;
            case FAILED -> FAILED;
            case DENIED -> DENIED;
            case EXPIRED -> EXPIRED;
        };
    }
}
