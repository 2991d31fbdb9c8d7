package io.peerbot.domain.lifecycle;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Where a change stands, whatever its kind: the one state machine of peerbot.
 *
 * <pre>
 * AWAITING_APPROVAL ─approve (all sides)─▶ APPLYING ─▶ DONE
 *        │                                   │  ▲
 *        ├─deny─▶ DENIED                     ▼  │ retry, or resume after a restart
 *        └─timeout─▶ EXPIRED                FAILED
 * </pre>
 */
public enum ChangeState {
    AWAITING_APPROVAL("awaiting-approval"),
    APPLYING("applying"),
    DONE("done"),
    FAILED("failed"),
    DENIED("denied"),
    EXPIRED("expired");

    private static final Map<ChangeState, Set<ChangeState>> NEXT = Map.of(
            AWAITING_APPROVAL, Set.of(APPLYING, DENIED, EXPIRED),
            APPLYING, Set.of(DONE, FAILED),
            FAILED, Set.of(APPLYING),
            DONE, Set.of(),
            DENIED, Set.of(),
            EXPIRED, Set.of());

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

    /** Approved: it was, is being or failed to be carried out (not denied, expired or still awaited). */
    public boolean approved() {
        return this == APPLYING || this == DONE || this == FAILED;
    }
}
