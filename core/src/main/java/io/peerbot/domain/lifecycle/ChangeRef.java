package io.peerbot.domain.lifecycle;

/** Names one change of a peering: its kind and its id (the millisecond it was asked for). */
public record ChangeRef(ChangeKind kind, long id) {
    public boolean names(Change change) {
        return change != null && change.kind() == kind && change.id() == id;
    }
}
