package io.peerbot.domain.lifecycle;

import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One change of a peering, whatever its kind: what it asks ({@code ports}), who asked and when (to the
 * millisecond: {@link #id()} tells it from every other change of the peering, so a click on an old change's
 * buttons cannot decide a newer one), the consent it has per side, where it stands, who denied it, and the
 * message that carries its buttons ({@code messageTs}, null until posted).
 *
 * <p>{@code endsAt} makes a creation or an opening temporary (for a renewal: the new end); {@code remindedAt} is
 * when the last reminder about it went out (its end, or a request still awaiting approval); both null when none.
 *
 * <p>{@code planDigest} is the digest of the plan shown on the change's card, empty until something computes
 * one; approvals are consent to that plan. Every field is a plain value, so the record has one canonical form.
 *
 * <p>{@code unreported}: the change is done or failed in AWS, but its final message and cards may not have
 * reached the chat yet. The chat's delivery is retried in memory only, so a process that stops before it could
 * lose them; AWS is the only store, so the record itself says that they are owed (set by {@link #finish} and
 * {@link #fail}, cleared by {@link #reported} once the chat took them), and a restart finishes the reporting.
 */
public record Change(ChangeKind kind, List<PortRange> ports, String requestedBy, Instant requestedAt,
                     List<Approval> approvals, ChangeState state, String deniedBy, String messageTs,
                     String planDigest, Instant endsAt, Instant remindedAt, boolean unreported) {
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedBy, "requestedBy");
        ports = List.copyOf(ports);
        approvals = List.copyOf(approvals);
        requestedAt = requestedAt.truncatedTo(ChronoUnit.MILLIS);
        planDigest = planDigest == null ? "" : planDigest;
        endsAt = endsAt == null ? null : endsAt.truncatedTo(ChronoUnit.SECONDS);
        remindedAt = remindedAt == null ? null : remindedAt.truncatedTo(ChronoUnit.SECONDS);
        if (unreported && state != ChangeState.DONE && state != ChangeState.FAILED) {
            throw new IllegalArgumentException("a change that is " + state.tag() + " has no outcome to report");
        }
        if (endsAt != null && !kind.mayEnd()) {
            throw new IllegalArgumentException("a " + kind.tag() + " has no end time");
        }
        if (kind.portsOptional()) {
            // a renewal names the ports of the opening it renews, or none for the whole peering
        } else if (kind.takesPorts() == ports.isEmpty()) {
            throw new IllegalArgumentException(kind.takesPorts() ? "a " + kind.tag() + " needs ports"
                    : "a " + kind.tag() + " takes no ports");
        }
        if (!SlackIds.USER.matcher(requestedBy).matches()) {
            throw new IllegalArgumentException("'" + requestedBy + "' is not a Slack user id");
        }
    }

    /** A change with nothing owed to the chat (see {@code unreported}). */
    public Change(ChangeKind kind, List<PortRange> ports, String requestedBy, Instant requestedAt,
                  List<Approval> approvals, ChangeState state, String deniedBy, String messageTs, String planDigest,
                  Instant endsAt, Instant remindedAt) {
        this(kind, ports, requestedBy, requestedAt, approvals, state, deniedBy, messageTs, planDigest, endsAt,
                remindedAt, false);
    }

    /** A permanent change: no end time, never reminded. */
    public Change(ChangeKind kind, List<PortRange> ports, String requestedBy, Instant requestedAt,
                  List<Approval> approvals, ChangeState state, String deniedBy, String messageTs, String planDigest) {
        this(kind, ports, requestedBy, requestedAt, approvals, state, deniedBy, messageTs, planDigest, null, null);
    }

    /** A change just asked for: the asker's consent for the sides they own, nothing posted yet. */
    public static Change asked(ChangeKind kind, List<PortRange> ports, String requestedBy, Instant at,
                               Set<Side> consentedByAsking) {
        return asked(kind, ports, requestedBy, at, consentedByAsking, null);
    }

    /** As {@link #asked}, ending at {@code endsAt} (null: permanent). */
    public static Change asked(ChangeKind kind, List<PortRange> ports, String requestedBy, Instant at,
                               Set<Side> consentedByAsking, Instant endsAt) {
        List<Approval> consent = consentedByAsking.stream().sorted()
                .map(side -> new Approval(side, requestedBy, at)).toList();
        return new Change(kind, ports, requestedBy, at, consent, ChangeState.AWAITING_APPROVAL, null, null, "",
                endsAt, null);
    }

    /** A temporary creation or opening, or a renewal: when what it made is taken away again. */
    public Optional<Instant> end() {
        return Optional.ofNullable(endsAt);
    }

    /** The same change, its end reminded of at {@code at}. */
    public Change reminded(Instant at) {
        return new Change(kind, ports, requestedBy, requestedAt, approvals, state, deniedBy, messageTs, planDigest,
                endsAt, at, unreported);
    }

    /** The same change, with only {@code kept} of its ports (the others closed since). */
    public Change narrowedTo(List<PortRange> kept) {
        return new Change(kind, kept, requestedBy, requestedAt, approvals, state, deniedBy, messageTs, planDigest,
                endsAt, remindedAt, unreported);
    }

    /** Tells this change from every other on the same peering (its time of asking, in milliseconds). */
    public long id() {
        return requestedAt.toEpochMilli();
    }

    public ChangeRef ref() {
        return new ChangeRef(kind, id());
    }

    public boolean approved(Side side) {
        return approvals.stream().anyMatch(a -> a.side() == side);
    }

    /** Whether one of the extra approvers the policy rule named {@code rule} has consented. */
    public boolean extraApproved(String rule) {
        return approvals.stream().anyMatch(a -> a.rule().equals(rule));
    }

    /** The sides whose consent is still missing. */
    public Set<Side> awaiting() {
        Set<Side> awaiting = EnumSet.noneOf(Side.class);
        if (kind.oneSideEnough() && !approvals.isEmpty()) {
            return awaiting;
        }
        for (Side side : Side.values()) {
            if (!approved(side)) {
                awaiting.add(side);
            }
        }
        return awaiting;
    }

    /** The sides someone consented for. */
    public Set<Side> consentedSides() {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        approvals.stream().filter(a -> !a.extra()).forEach(a -> sides.add(a.side()));
        return sides;
    }

    /** The same change with this consent added. */
    public Change approve(Approval approval) {
        if (state != ChangeState.AWAITING_APPROVAL) {
            throw new IllegalStateException("a change that is " + state.tag() + " takes no approval");
        }
        List<Approval> all = new ArrayList<>(approvals);
        all.add(approval);
        return new Change(kind, ports, requestedBy, requestedAt, all, state, deniedBy, messageTs, planDigest, endsAt,
                remindedAt);
    }

    /**
     * Starts applying once every side has consented (or again after a failure, or as it was when resumed).
     *
     * @throws IllegalStateException while a side's consent is missing
     */
    public Change begin() {
        if (!awaiting().isEmpty()) {
            throw new IllegalStateException("the " + kind.tag() + " still awaits the " + Side.labels(awaiting())
                    + " side");
        }
        return state == ChangeState.APPLYING ? this : moved(ChangeState.APPLYING, false);
    }

    /** Done in AWS; its outcome is owed to the chat until {@link #reported}. */
    public Change finish() {
        return moved(ChangeState.DONE, true);
    }

    /** Failed part-way; its outcome is owed to the chat until {@link #reported}. */
    public Change fail() {
        return moved(ChangeState.FAILED, true);
    }

    /** The chat has the change's final message and cards: nothing is owed any more. */
    public Change reported() {
        return new Change(kind, ports, requestedBy, requestedAt, approvals, state, deniedBy, messageTs, planDigest,
                endsAt, remindedAt, false);
    }

    public Change deny(String userId) {
        return new Change(kind, ports, requestedBy, requestedAt, approvals, state.moveTo(ChangeState.DENIED), userId,
                messageTs, planDigest, endsAt, remindedAt, false);
    }

    public Change expire() {
        return moved(ChangeState.EXPIRED, false);
    }

    public Change withMessage(String ts) {
        return new Change(kind, ports, requestedBy, requestedAt, approvals, state, deniedBy, ts, planDigest, endsAt,
                remindedAt, unreported);
    }

    /** The same change, consent bound to the plan with this digest (the plan its card shows). */
    public Change boundTo(String digest) {
        return new Change(kind, ports, requestedBy, requestedAt, approvals, state, deniedBy, messageTs, digest, endsAt,
                remindedAt, unreported);
    }

    /**
     * The plan changed since this change was approved: consent given to the old plan is void. Awaiting approval
     * again, of the plan with {@code digest}, with only the consent in {@code kept}; from any state short of done
     * (a change being applied or failed part-way goes back to awaiting approval, so its owners can approve the
     * new plan).
     */
    public Change replanned(String digest, List<Approval> kept) {
        if (state == ChangeState.DONE || state == ChangeState.DENIED || state == ChangeState.EXPIRED) {
            throw new IllegalStateException("a change that is " + state.tag() + " is not planned again");
        }
        return new Change(kind, ports, requestedBy, requestedAt, kept, ChangeState.AWAITING_APPROVAL, deniedBy,
                messageTs, digest, endsAt, remindedAt);
    }

    private Change moved(ChangeState next, boolean outcomeOwed) {
        return new Change(kind, ports, requestedBy, requestedAt, approvals, state.moveTo(next), deniedBy, messageTs,
                planDigest, endsAt, remindedAt, outcomeOwed);
    }

    /** "delete", "open tcp:6379,udp:53", "create tcp:5432": the change in a few words, for logs. */
    public String describe() {
        return kind.takesPorts() ? kind.tag() + " " + PortList.format(ports) : kind.tag();
    }
}
