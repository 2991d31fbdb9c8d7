package io.peerbot.domain.request;

import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A peering request as it lives in AWS: the peering connection's sides plus what its tags record
 * (who asked, where the conversation is, what was asked, who approved or denied, where it stands).
 * {@code deniedBy} is null unless the request was denied.
 */
public record PeeringRequest(String pcxId, PeeringSide requester, PeeringSide accepter, String requestedBy,
                             String channel, String threadTs, PeeringOptions options, List<Approval> approvals,
                             String deniedBy, RequestState state, Instant createdAt) {
    public PeeringRequest {
        approvals = List.copyOf(approvals);
    }

    public PeeringSide side(Side side) {
        return side == Side.REQUESTER ? requester : accepter;
    }

    public boolean approved(Side side) {
        return approvals.stream().anyMatch(a -> a.side() == side);
    }

    public PeeringRequest withApproval(Approval approval) {
        List<Approval> all = new ArrayList<>(approvals);
        all.add(approval);
        return new PeeringRequest(pcxId, requester, accepter, requestedBy, channel, threadTs, options, all, deniedBy,
                state, createdAt);
    }

    public PeeringRequest withState(RequestState next) {
        return new PeeringRequest(pcxId, requester, accepter, requestedBy, channel, threadTs, options, approvals,
                deniedBy, state.moveTo(next), createdAt);
    }

    public PeeringRequest deniedBy(String userId) {
        return new PeeringRequest(pcxId, requester, accepter, requestedBy, channel, threadTs, options, approvals,
                userId, state.moveTo(RequestState.DENIED), createdAt);
    }
}
