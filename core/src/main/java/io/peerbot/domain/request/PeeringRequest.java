package io.peerbot.domain.request;

import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A peering request as it lives in AWS: the peering connection's sides plus what its tags record
 * (who asked, where the conversation is, what was asked, who approved or denied, where it stands, and the
 * latest change asked for once it is applied). {@code deniedBy} is null unless the request was denied;
 * {@code change} is null until someone asks to open, close or delete.
 */
public record PeeringRequest(String pcxId, PeeringSide requester, PeeringSide accepter, String requestedBy,
                             String channel, String threadTs, PeeringOptions options, List<Approval> approvals,
                             String deniedBy, RequestState state, Instant createdAt, PeeringChange change) {
    public PeeringRequest {
        approvals = List.copyOf(approvals);
    }

    /** A request no change was ever asked for. */
    public PeeringRequest(String pcxId, PeeringSide requester, PeeringSide accepter, String requestedBy,
                          String channel, String threadTs, PeeringOptions options, List<Approval> approvals,
                          String deniedBy, RequestState state, Instant createdAt) {
        this(pcxId, requester, accepter, requestedBy, channel, threadTs, options, approvals, deniedBy, state,
                createdAt, null);
    }

    public PeeringSide side(Side side) {
        return side == Side.REQUESTER ? requester : accepter;
    }

    /** The sides whose consent to the request is still missing. */
    public Set<Side> awaiting() {
        Set<Side> awaiting = EnumSet.noneOf(Side.class);
        for (Side side : Side.values()) {
            if (!approved(side)) {
                awaiting.add(side);
            }
        }
        return awaiting;
    }

    public boolean approved(Side side) {
        return approvals.stream().anyMatch(a -> a.side() == side);
    }

    /** The latest change, whatever became of it. */
    public Optional<PeeringChange> lastChange() {
        return Optional.ofNullable(change);
    }

    /** The change awaiting approval or being applied, if there is one: no other may be asked for meanwhile. */
    public Optional<PeeringChange> pendingChange() {
        return lastChange().filter(c -> c.state().pending());
    }

    public PeeringRequest withApproval(Approval approval) {
        List<Approval> all = new ArrayList<>(approvals);
        all.add(approval);
        return new PeeringRequest(pcxId, requester, accepter, requestedBy, channel, threadTs, options, all, deniedBy,
                state, createdAt, change);
    }

    public PeeringRequest withState(RequestState next) {
        return new PeeringRequest(pcxId, requester, accepter, requestedBy, channel, threadTs, options, approvals,
                deniedBy, state.moveTo(next), createdAt, change);
    }

    public PeeringRequest deniedBy(String userId) {
        return new PeeringRequest(pcxId, requester, accepter, requestedBy, channel, threadTs, options, approvals,
                userId, state.moveTo(RequestState.DENIED), createdAt, change);
    }

    /** The same request with {@code next} as its latest change (replacing any earlier one). */
    public PeeringRequest withChange(PeeringChange next) {
        return new PeeringRequest(pcxId, requester, accepter, requestedBy, channel, threadTs, options, approvals,
                deniedBy, state, createdAt, next);
    }

    /**
     * Starts the latest change once every side has consented (or again after it failed): the change becomes
     * applying, and so does the request; a delete makes it deleting. An open records its ports as open now,
     * so a later apply or test sees them; a close drops its ports only once done.
     *
     * @throws IllegalStateException without a change, or one still awaiting consent
     */
    public PeeringRequest beginChange() {
        PeeringChange latest = requireChange();
        if (!latest.awaiting().isEmpty()) {
            throw new IllegalStateException("the change to " + pcxId + " still awaits the "
                    + latest.awaiting().stream().map(Side::label).sorted().toList() + " side");
        }
        PeeringRequest started = withChange(latest.withState(ChangeState.APPLYING));
        return switch (latest.kind()) {
            case OPEN -> started.withPorts(union(options.ports(), latest.ports())).withState(RequestState.APPLYING);
            case CLOSE -> started.withState(RequestState.APPLYING);
            case DELETE -> started.withState(RequestState.DELETING);
        };
    }

    /** The change is done: the request is applied again (with a close's ports gone), or deleted. */
    public PeeringRequest finishChange() {
        PeeringChange latest = requireChange();
        PeeringRequest done = withChange(latest.withState(ChangeState.DONE));
        return switch (latest.kind()) {
            case OPEN -> done.withState(RequestState.APPLIED);
            case CLOSE -> done.withPorts(options.ports().stream().filter(p -> !latest.ports().contains(p)).toList())
                    .withState(RequestState.APPLIED);
            case DELETE -> done.withState(RequestState.DELETED);
        };
    }

    /** The change failed part-way: both it and the request are failed, for {@code /peer retry}. */
    public PeeringRequest failChange() {
        return withChange(requireChange().withState(ChangeState.FAILED)).withState(RequestState.FAILED);
    }

    /** True while the latest change is being applied (to resume it after a restart). */
    public boolean changeInProgress() {
        return change != null && change.state() == ChangeState.APPLYING;
    }

    private PeeringChange requireChange() {
        if (change == null) {
            throw new IllegalStateException(pcxId + " has no change");
        }
        return change;
    }

    private static List<PortRange> union(List<PortRange> open, List<PortRange> more) {
        List<PortRange> all = new ArrayList<>(open);
        more.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    /** The same request with these ports open (after an open or a close). */
    public PeeringRequest withPorts(List<PortRange> ports) {
        PeeringOptions now = new PeeringOptions(ports, options.subnets(), options.dns(), options.test(),
                options.reason());
        return new PeeringRequest(pcxId, requester, accepter, requestedBy, channel, threadTs, now, approvals,
                deniedBy, state, createdAt, change);
    }
}
