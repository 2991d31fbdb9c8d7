package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.approval.ClickVerdict;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.peering.Side;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The words for consent: why a click changed nothing, and who must approve what. */
final class ApprovalWords {
    private ApprovalWords() {
    }

    /** Why a click changed nothing, and who can act instead. */
    static String refusal(ClickVerdict.Refused why, Owners requesterSide, Owners accepterSide, Set<String> admins) {
        if (why instanceof ClickVerdict.AlreadyDecided decided) {
            return decided(decided.change());
        }
        if (why instanceof ClickVerdict.AllApproved) {
            return "both sides have approved already; nothing changes";
        }
        if (why instanceof ClickVerdict.AskedByYou asked) {
            return "you asked for this " + noun(asked.kind()) + "; "
                    + whoMustApprove(asked.outstanding(), requesterSide, accepterSide, admins);
        }
        if (why instanceof ClickVerdict.ApprovedByYou yours) {
            return "already approved by you (" + Side.labels(yours.yours()) + " side); "
                    + whoMustApprove(yours.outstanding(), requesterSide, accepterSide, admins);
        }
        if (why instanceof ClickVerdict.ApprovedByOthers others) {
            List<String> byOthers = others.approvals().stream().map(a -> "the " + a.side().label()
                    + " side was already approved by " + Mrkdwn.mention(a.userId())).toList();
            return String.join(", ", byOthers) + "; "
                    + whoMustApprove(others.outstanding(), requesterSide, accepterSide, admins);
        }
        if (why instanceof ClickVerdict.NotAnOwner notOwner) {
            return "you own neither VPC of this peering; "
                    + whoMustApprove(notOwner.outstanding(), requesterSide, accepterSide, admins);
        }
        ClickVerdict.MayNotDeny mayNot = (ClickVerdict.MayNotDeny) why;
        Set<String> owners = new TreeSet<>(requesterSide.userIds());
        owners.addAll(accepterSide.userIds());
        List<String> who = new ArrayList<>();
        if (!owners.isEmpty()) {
            who.add("the owners of the two VPCs (" + mentions(owners, "and") + ")");
        }
        who.add("the requester " + Mrkdwn.mention(mayNot.requestedBy()));
        if (!admins.isEmpty()) {
            who.add("an admin (" + mentions(admins, "or") + ")");
        }
        return "only " + joined(who, "or") + " can deny this " + (mayNot.kind() == ChangeKind.CREATE ? "request"
                : "change") + "; nothing changes";
    }

    /** "<@U1> or <@U2> must approve the accepter side". */
    static String whoMustApprove(Set<Side> outstanding, Owners requesterSide, Owners accepterSide,
                                 Set<String> admins) {
        List<String> parts = new ArrayList<>();
        for (Side side : outstanding.stream().sorted().toList()) {
            Owners owners = side == Side.REQUESTER ? requesterSide : accepterSide;
            String who = owners.isEmpty()
                    ? "an admin" + (admins.isEmpty() ? "" : " (" + mentions(admins, "or") + ")")
                    : mentions(owners.userIds(), "or");
            parts.add(who + " must approve the " + side.label() + " side");
        }
        return String.join(", and ", parts);
    }

    /** "<@U1> (requester), <@U2> (accepter)". */
    static String approvers(List<Approval> approvals) {
        return String.join(", ", approvals.stream()
                .map(a -> Mrkdwn.mention(a.userId()) + " (" + (a.extra() ? a.rule() : a.side().label()) + ")")
                .distinct().toList());
    }

    private static String decided(Change change) {
        if (change.kind() == ChangeKind.CREATE) {
            String where = switch (change.state()) {
                case DENIED -> "was denied" + (change.deniedBy() == null ? "" : " by "
                        + Mrkdwn.mention(change.deniedBy()));
                case EXPIRED -> "has expired; ask again with /peer";
                default -> "was already approved (now " + change.state().tag() + ")";
            };
            return "this request " + where + "; nothing changes";
        }
        String where = switch (change.state()) {
            case DENIED -> "was denied" + (change.deniedBy() == null ? "" : " by " + Mrkdwn.mention(change.deniedBy()));
            case APPLYING -> "was already approved and is being applied";
            case DONE -> "was already approved and applied";
            case FAILED -> "was approved but failed; see the thread, and `/peer retry` to finish it";
            case EXPIRED -> "has expired";
            case AWAITING_APPROVAL -> "awaits approval";
        };
        return "this change " + where + "; nothing changes";
    }

    private static String noun(ChangeKind kind) {
        return kind == ChangeKind.CREATE ? "peering" : "change";
    }

    private static String mentions(Collection<String> userIds, String conjunction) {
        return joined(new TreeSet<>(userIds).stream().map(Mrkdwn::mention).toList(), conjunction);
    }

    private static String joined(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }
}
