package io.peerbot.domain.approval;

import io.peerbot.domain.peering.Side;
import io.peerbot.domain.request.PeeringRequest;
import java.util.Set;

/**
 * Who must consent to a peering, and what a click means (SPEC §3). Each side's owners consent for
 * their side; a requester who owns a side consents for it by asking; admins may approve anything.
 */
public final class ApprovalPolicy {
    private final Set<String> admins;

    public ApprovalPolicy(Set<String> admins) {
        this.admins = Set.copyOf(admins);
    }

    /** The sides the requester consents to by asking: the ones they own. */
    public Set<Side> consentedByRequesting(String requester, Owners requesterSide, Owners accepterSide) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** What a click on Approve by {@code clicker} means, judged against the request as read from AWS. */
    public ClickVerdict judgeApprove(String clicker, PeeringRequest request, Owners requesterSide,
                                     Owners accepterSide) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** What a click on Deny means: owners of either side, admins and the requester may deny. */
    public ClickVerdict judgeDeny(String clicker, PeeringRequest request, Owners requesterSide,
                                  Owners accepterSide) {
        throw new UnsupportedOperationException("not built yet");
    }

    public boolean isAdmin(String userId) {
        return admins.contains(userId);
    }
}
