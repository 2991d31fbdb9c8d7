package io.peerbot.domain.approval;

import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.peering.Side;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who must consent to a change of a peering — its creation as every later one — and what a click means
 * (SPEC §3). Each side's owners consent for their side; whoever asks and owns a side consents for it by
 * asking; admins may approve anything.
 *
 * <p>An admin who asks does not consent by asking: the other side's owners still see the change, and the
 * admin approves with a deliberate click if it must go ahead without them.
 */
public final class ApprovalPolicy {
    private final Set<String> admins;

    public ApprovalPolicy(Set<String> admins) {
        this.admins = Set.copyOf(admins);
    }

    public Set<String> admins() {
        return admins;
    }

    /** The sides whoever asks consents to by asking: the ones they own. */
    public Set<Side> consentedByAsking(String asker, Owners requesterSide, Owners accepterSide) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (requesterSide.includes(asker)) {
            sides.add(Side.REQUESTER);
        }
        if (accepterSide.includes(asker)) {
            sides.add(Side.ACCEPTER);
        }
        return sides;
    }

    /** What a click on Approve by {@code clicker} means, judged against the change as read from AWS. */
    public ClickVerdict judgeApprove(String clicker, Change change, Owners requesterSide, Owners accepterSide) {
        if (change.state() != ChangeState.AWAITING_APPROVAL) {
            return new ClickVerdict.AlreadyDecided(change);
        }
        Set<Side> outstanding = change.awaiting();
        if (outstanding.isEmpty()) {
            return new ClickVerdict.AllApproved();
        }
        if (isAdmin(clicker)) {
            return new ClickVerdict.Approves(outstanding);
        }
        Set<Side> mine = EnumSet.noneOf(Side.class);
        outstanding.stream().filter(s -> owners(s, requesterSide, accepterSide).includes(clicker)).forEach(mine::add);
        if (!mine.isEmpty()) {
            return new ClickVerdict.Approves(mine);
        }
        if (clicker.equals(change.requestedBy())) {
            return new ClickVerdict.AskedByYou(change.kind(), outstanding);
        }
        Set<Side> yours = change.approvals().stream().filter(a -> !a.extra() && a.userId().equals(clicker))
                .map(Approval::side)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Side.class)));
        if (!yours.isEmpty()) {
            return new ClickVerdict.ApprovedByYou(yours, outstanding);
        }
        List<Approval> byOthers = change.approvals().stream().filter(a -> !a.extra())
                .filter(a -> owners(a.side(), requesterSide, accepterSide).includes(clicker)).toList();
        if (!byOthers.isEmpty()) {
            return new ClickVerdict.ApprovedByOthers(byOthers, outstanding);
        }
        return new ClickVerdict.NotAnOwner(outstanding);
    }

    /** What a click on Deny means: owners of either side, admins and whoever asked may deny. */
    public ClickVerdict judgeDeny(String clicker, Change change, Owners requesterSide, Owners accepterSide) {
        if (change.state() != ChangeState.AWAITING_APPROVAL) {
            return new ClickVerdict.AlreadyDecided(change);
        }
        if (isAdmin(clicker) || requesterSide.includes(clicker) || accepterSide.includes(clicker)
                || clicker.equals(change.requestedBy())) {
            return new ClickVerdict.Denies();
        }
        return new ClickVerdict.MayNotDeny(change.kind(), change.requestedBy());
    }

    public boolean isAdmin(String userId) {
        return admins.contains(userId);
    }

    private static Owners owners(Side side, Owners requesterSide, Owners accepterSide) {
        return side == Side.REQUESTER ? requesterSide : accepterSide;
    }
}
