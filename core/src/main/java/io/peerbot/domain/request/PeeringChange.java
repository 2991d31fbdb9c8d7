package io.peerbot.domain.request;

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
import java.util.Set;

/**
 * A change asked for on an applied peering ({@code /peer open|close|delete}), living in the peering's tags
 * next to the request: what, who asked and when, who consented for which side, where it stands, who denied
 * it, and the message in the request's thread that carries its buttons ({@code messageTs}, null until posted).
 * {@code requestedAt} is kept to the millisecond: it tells this change from earlier ones on the same peering
 * ({@link #id()}), so a click on an old change's buttons cannot approve a newer one.
 */
public record PeeringChange(ChangeKind kind, List<PortRange> ports, String requestedBy, Instant requestedAt,
                            List<Approval> approvals, ChangeState state, String deniedBy, String messageTs) {
    public PeeringChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedBy, "requestedBy");
        ports = List.copyOf(ports);
        approvals = List.copyOf(approvals);
        requestedAt = requestedAt.truncatedTo(ChronoUnit.MILLIS);
        if (kind.takesPorts() == ports.isEmpty()) {
            throw new IllegalArgumentException(kind.takesPorts() ? "/peer " + kind.tag() + " needs ports"
                    : "/peer delete takes no ports");
        }
        if (!SlackIds.USER.matcher(requestedBy).matches()) {
            throw new IllegalArgumentException("'" + requestedBy + "' is not a Slack user id");
        }
    }

    /** A change just asked for: the asker's consent for the sides they own, nothing posted yet. */
    public static PeeringChange asked(ChangeKind kind, List<PortRange> ports, String requestedBy, Instant at,
                                      Set<Side> consentedByAsking) {
        List<Approval> consent = consentedByAsking.stream().sorted()
                .map(side -> new Approval(side, requestedBy, at)).toList();
        return new PeeringChange(kind, ports, requestedBy, at, consent, ChangeState.AWAITING_APPROVAL, null, null);
    }

    /** Tells this change from every other on the same peering (its time of asking, in milliseconds). */
    public long id() {
        return requestedAt.toEpochMilli();
    }

    public boolean approved(Side side) {
        return approvals.stream().anyMatch(a -> a.side() == side);
    }

    /** The sides whose consent is still missing. */
    public Set<Side> awaiting() {
        Set<Side> awaiting = EnumSet.noneOf(Side.class);
        for (Side side : Side.values()) {
            if (!approved(side)) {
                awaiting.add(side);
            }
        }
        return awaiting;
    }

    public PeeringChange withApproval(Approval approval) {
        List<Approval> all = new ArrayList<>(approvals);
        all.add(approval);
        return new PeeringChange(kind, ports, requestedBy, requestedAt, all, state, deniedBy, messageTs);
    }

    public PeeringChange withState(ChangeState next) {
        return new PeeringChange(kind, ports, requestedBy, requestedAt, approvals, state.moveTo(next), deniedBy,
                messageTs);
    }

    public PeeringChange deniedBy(String userId) {
        return new PeeringChange(kind, ports, requestedBy, requestedAt, approvals, state.moveTo(ChangeState.DENIED),
                userId, messageTs);
    }

    public PeeringChange withMessage(String ts) {
        return new PeeringChange(kind, ports, requestedBy, requestedAt, approvals, state, deniedBy, ts);
    }

    /** "delete", "open tcp:6379,udp:53", "close tcp:5432": what a person would type after {@code /peer}. */
    public String describe() {
        return kind.takesPorts() ? kind.tag() + " " + PortList.format(ports) : kind.tag();
    }
}
