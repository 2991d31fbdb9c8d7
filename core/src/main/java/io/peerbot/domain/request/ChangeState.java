package io.peerbot.domain.request;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Where a change to an applied peering stands. Kept in the peering's {@code peerbot:change-state} tag.
 *
 * <pre>
 * AWAITING_APPROVAL ─approve─▶ APPLYING ─▶ DONE
 *        │                       │  ▲
 *        └─deny─▶ DENIED         ▼  │ retry
 *                               FAILED
 * </pre>
 */
public enum ChangeState {
    AWAITING_APPROVAL("awaiting-approval"),
    APPLYING("applying"),
    DONE("done"),
    DENIED("denied"),
    FAILED("failed");

    private static final Map<ChangeState, Set<ChangeState>> NEXT = Map.of(
            AWAITING_APPROVAL, Set.of(APPLYING, DENIED),
            APPLYING, Set.of(DONE, FAILED),
            FAILED, Set.of(APPLYING),
            DONE, Set.of(),
            DENIED, Set.of());

    private final String tag;

    ChangeState(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static ChangeState fromTag(String tag) {
        return Arrays.stream(values()).filter(s -> s.tag.equals(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown change state '" + tag + "'"));
    }

    public boolean canMoveTo(ChangeState next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws IllegalStateException when the state machine has no such edge */
    public ChangeState moveTo(ChangeState next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("a change that is " + tag + " cannot become " + next.tag);
        }
        return next;
    }

    /** Awaiting approval or being applied: another change to the same peering must wait. */
    public boolean pending() {
        return this == AWAITING_APPROVAL || this == APPLYING;
    }
}
