package io.peerbot.domain.request;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Where a peering request stands. Kept in the peering connection's {@code peerbot:state} tag, so a
 * restart resumes from here.
 *
 * <pre>
 *                                             open/close (approved change)
 *                                               ┌───────────┐
 *                                               ▼           │
 * AWAITING_APPROVAL ─approve─▶ APPROVED ─▶ APPLYING ─▶ APPLIED ─delete (approved)─▶ DELETING ─▶ DELETED
 *        │                                    │  ▲                                     │  ▲
 *        ├─deny─▶ DENIED                      ▼  │ retry                               │  │
 *        └─timeout─▶ EXPIRED                 FAILED ◀──────────────────────────────────┘  │
 *                                               └────────────delete (approved) / retry────┘
 * </pre>
 *
 * A change to an applied peering (see {@link PeeringChange}) moves the request only once approved: an
 * open or close runs as {@code APPLYING}, a delete as {@code DELETING}; a failure leaves it {@code FAILED}
 * for {@code /peer retry}, which finishes whichever change or apply failed.
 */
public enum RequestState {
    AWAITING_APPROVAL("awaiting-approval"),
    APPROVED("approved"),
    APPLYING("applying"),
    APPLIED("applied"),
    FAILED("failed"),
    DENIED("denied"),
    EXPIRED("expired"),
    DELETING("deleting"),
    DELETED("deleted");

    private static final Map<RequestState, Set<RequestState>> NEXT = Map.of(
            AWAITING_APPROVAL, Set.of(APPROVED, DENIED, EXPIRED),
            APPROVED, Set.of(APPLYING, FAILED),
            APPLYING, Set.of(APPLIED, FAILED),
            FAILED, Set.of(APPLYING, DELETING),
            APPLIED, Set.of(APPLYING, DELETING),
            DENIED, Set.of(),
            EXPIRED, Set.of(),
            DELETING, Set.of(DELETED, FAILED),
            DELETED, Set.of());

    private final String tag;

    RequestState(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static RequestState fromTag(String tag) {
        return Arrays.stream(values()).filter(s -> s.tag.equals(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown request state '" + tag + "'"));
    }

    public boolean canMoveTo(RequestState next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws IllegalStateException when the state machine has no such edge */
    public RequestState moveTo(RequestState next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("a request that is " + tag + " cannot become " + next.tag);
        }
        return next;
    }

    /** The bot still owes work on a request in this state (resumed after a restart). */
    public boolean unfinished() {
        return this == APPROVED || this == APPLYING || this == DELETING;
    }

    public boolean decided() {
        return this != AWAITING_APPROVAL;
    }
}
