package io.peerbot.domain.approval;

import io.peerbot.domain.peering.Side;
import io.peerbot.domain.request.Approval;
import io.peerbot.domain.request.ChangeState;
import io.peerbot.domain.request.PeeringChange;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who must consent to a peering, or to a change of one, and what a click means (SPEC §3). Each side's
 * owners consent for their side; whoever asks and owns a side consents for it by asking; admins may
 * approve anything.
 *
 * <p>An admin who asks does not consent by asking: the other side's owners still see the request,
 * and the admin approves with a deliberate click if it must go ahead without them.
 */
public final class ApprovalPolicy {
    private final Set<String> admins;

    public ApprovalPolicy(Set<String> admins) {
        this.admins = Set.copyOf(admins);
    }

    /** The sides the requester consents to by asking: the ones they own. */
    public Set<Side> consentedByRequesting(String requester, Owners requesterSide, Owners accepterSide) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (requesterSide.includes(requester)) {
            sides.add(Side.REQUESTER);
        }
        if (accepterSide.includes(requester)) {
            sides.add(Side.ACCEPTER);
        }
        return sides;
    }

    /** What a click on Approve by {@code clicker} means, judged against the request as read from AWS. */
    public ClickVerdict judgeApprove(String clicker, PeeringRequest request, Owners requesterSide,
                                     Owners accepterSide) {
        if (request.state() != RequestState.AWAITING_APPROVAL) {
            return new ClickVerdict.Refused(decided(request));
        }
        return approve(clicker, "peering", request.requestedBy(), request.approvals(), requesterSide, accepterSide);
    }

    /**
     * What a click on Approve by {@code clicker} means for a change to an applied peering: the same rules
     * as for the request, each side's owners consenting for their side.
     */
    public ClickVerdict judgeApprove(String clicker, PeeringChange change, Owners requesterSide,
                                     Owners accepterSide) {
        if (change.state() != ChangeState.AWAITING_APPROVAL) {
            return new ClickVerdict.Refused(decided(change));
        }
        return approve(clicker, "change", change.requestedBy(), change.approvals(), requesterSide, accepterSide);
    }

    private ClickVerdict approve(String clicker, String noun, String requestedBy, List<Approval> approvals,
                                 Owners requesterSide, Owners accepterSide) {
        Set<Side> outstanding = EnumSet.noneOf(Side.class);
        for (Side side : Side.values()) {
            if (approvals.stream().noneMatch(a -> a.side() == side)) {
                outstanding.add(side);
            }
        }
        if (outstanding.isEmpty()) {
            return new ClickVerdict.Refused("both sides have approved already; nothing changes");
        }
        if (isAdmin(clicker)) {
            return new ClickVerdict.Approves(outstanding);
        }
        Set<Side> mine = EnumSet.noneOf(Side.class);
        outstanding.stream().filter(s -> owners(s, requesterSide, accepterSide).includes(clicker)).forEach(mine::add);
        if (!mine.isEmpty()) {
            return new ClickVerdict.Approves(mine);
        }
        String who = whoMustApprove(outstanding, requesterSide, accepterSide);
        if (clicker.equals(requestedBy)) {
            return new ClickVerdict.Refused("you asked for this " + noun + "; " + who);
        }
        Set<Side> yours = approvals.stream().filter(a -> a.userId().equals(clicker)).map(Approval::side)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Side.class)));
        if (!yours.isEmpty()) {
            return new ClickVerdict.Refused("already approved by you (" + Side.labels(yours) + " side); " + who);
        }
        List<String> byOthers = approvals.stream()
                .filter(a -> owners(a.side(), requesterSide, accepterSide).includes(clicker))
                .map(a -> "the " + a.side().label() + " side was already approved by " + mention(a.userId())).toList();
        if (!byOthers.isEmpty()) {
            return new ClickVerdict.Refused(String.join(", ", byOthers) + "; " + who);
        }
        return new ClickVerdict.Refused("you own neither VPC of this peering; " + who);
    }

    /** What a click on Deny means: owners of either side, admins and the requester may deny. */
    public ClickVerdict judgeDeny(String clicker, PeeringRequest request, Owners requesterSide,
                                  Owners accepterSide) {
        if (request.state() != RequestState.AWAITING_APPROVAL) {
            return new ClickVerdict.Refused(decided(request));
        }
        return deny(clicker, "request", request.requestedBy(), requesterSide, accepterSide);
    }

    /** What a click on Deny means for a change: owners of either side, admins and whoever asked for it. */
    public ClickVerdict judgeDeny(String clicker, PeeringChange change, Owners requesterSide,
                                  Owners accepterSide) {
        if (change.state() != ChangeState.AWAITING_APPROVAL) {
            return new ClickVerdict.Refused(decided(change));
        }
        return deny(clicker, "change", change.requestedBy(), requesterSide, accepterSide);
    }

    private ClickVerdict deny(String clicker, String noun, String requestedBy, Owners requesterSide,
                              Owners accepterSide) {
        if (isAdmin(clicker) || requesterSide.includes(clicker) || accepterSide.includes(clicker)
                || clicker.equals(requestedBy)) {
            return new ClickVerdict.Denies();
        }
        Set<String> owners = new TreeSet<>(requesterSide.userIds());
        owners.addAll(accepterSide.userIds());
        List<String> who = new ArrayList<>();
        if (!owners.isEmpty()) {
            who.add("the owners of the two VPCs (" + mentions(owners, "and") + ")");
        }
        who.add("the requester " + mention(requestedBy));
        if (!admins.isEmpty()) {
            who.add("an admin (" + mentions(admins, "or") + ")");
        }
        return new ClickVerdict.Refused("only " + joined(who, "or") + " can deny this " + noun + "; nothing changes");
    }

    /**
     * Who must approve the outstanding sides, for telling people: "<@U1> or <@U2> must approve the
     * accepter side".
     */
    public String whoMustApprove(Set<Side> outstanding, Owners requesterSide, Owners accepterSide) {
        List<String> parts = new ArrayList<>();
        for (Side side : outstanding.stream().sorted().toList()) {
            Owners owners = owners(side, requesterSide, accepterSide);
            String who = owners.isEmpty()
                    ? "an admin" + (admins.isEmpty() ? "" : " (" + mentions(admins, "or") + ")")
                    : mentions(owners.userIds(), "or");
            parts.add(who + " must approve the " + side.label() + " side");
        }
        return String.join(", and ", parts);
    }

    public boolean isAdmin(String userId) {
        return admins.contains(userId);
    }

    private static String decided(PeeringRequest request) {
        String where = switch (request.state()) {
            case DENIED -> "was denied" + (request.deniedBy() == null ? "" : " by " + mention(request.deniedBy()));
            case EXPIRED -> "has expired; ask again with /peer";
            case DELETING, DELETED -> "is being deleted or was deleted";
            default -> "was already approved (now " + request.state().tag() + ")";
        };
        return "this request " + where + "; nothing changes";
    }

    private static String decided(PeeringChange change) {
        String where = switch (change.state()) {
            case DENIED -> "was denied" + (change.deniedBy() == null ? "" : " by " + mention(change.deniedBy()));
            case APPLYING -> "was already approved and is being applied";
            case DONE -> "was already approved and applied";
            case FAILED -> "was approved but failed; see the thread, and `/peer retry` to finish it";
            case AWAITING_APPROVAL -> "awaits approval";
        };
        return "this change " + where + "; nothing changes";
    }

    private static Owners owners(Side side, Owners requesterSide, Owners accepterSide) {
        return side == Side.REQUESTER ? requesterSide : accepterSide;
    }

    private static String mention(String userId) {
        return "<@" + userId + ">";
    }

    private static String mentions(Collection<String> userIds, String conjunction) {
        return joined(new TreeSet<>(userIds).stream().map(ApprovalPolicy::mention).toList(), conjunction);
    }

    private static String joined(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }
}
