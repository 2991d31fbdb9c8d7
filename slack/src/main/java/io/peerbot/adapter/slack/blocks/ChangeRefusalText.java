package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.change.ChangeRefusal;
import io.peerbot.domain.change.ChangeRefusal.AllOpenAlready;
import io.peerbot.domain.change.ChangeRefusal.BeingApplied;
import io.peerbot.domain.change.ChangeRefusal.BeingDeleted;
import io.peerbot.domain.change.ChangeRefusal.Busy;
import io.peerbot.domain.change.ChangeRefusal.ClosesEveryPort;
import io.peerbot.domain.change.ChangeRefusal.CreatedOnce;
import io.peerbot.domain.change.ChangeRefusal.Deleted;
import io.peerbot.domain.change.ChangeRefusal.LastApplyFailed;
import io.peerbot.domain.change.ChangeRefusal.NeverMade;
import io.peerbot.domain.change.ChangeRefusal.NotActive;
import io.peerbot.domain.change.ChangeRefusal.NotAppliedYet;
import io.peerbot.domain.change.ChangeRefusal.NotOpen;
import io.peerbot.domain.change.ChangeRefusal.PortAlreadyCovered;
import io.peerbot.domain.change.ChangeRefusal.PortOverlaps;
import io.peerbot.domain.change.ChangeRefusal.TooManyPortItems;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import java.util.stream.Collectors;

/** Why a change may not be asked for, in words that say what is wrong and what to do instead. */
public final class ChangeRefusalText {
    private ChangeRefusalText() {
    }

    /** The refusal as an answer to whoever asked: the reason, then that nothing changed. */
    public static String answer(ChangeRefusal refusal) {
        return of(refusal) + " Nothing changed.";
    }

    /** The reason and its fix, without the closing "Nothing changed.". */
    public static String of(ChangeRefusal refusal) {
        if (refusal instanceof NotAppliedYet r) {
            return code(r.pcxId()) + " is still awaiting approval, not applied: there is nothing to " + r.kind().tag()
                    + " yet. " + (r.kind() == ChangeKind.DELETE ? "To drop the request, deny it in its thread "
                    + "(the requester and the owners may deny)." : "Wait for the request to be approved and "
                    + "applied, or ask again with the ports you need.");
        } else if (refusal instanceof BeingApplied r) {
            return code(r.pcxId()) + " is being applied right now; wait for it to finish, then try again.";
        } else if (refusal instanceof NeverMade r) {
            return code(r.pcxId()) + " was " + r.stage().tag() + ", so the peering was never made: there is nothing"
                    + " to " + r.kind().tag() + ".";
        } else if (refusal instanceof BeingDeleted r) {
            return code(r.pcxId()) + " is being deleted already.";
        } else if (refusal instanceof Deleted r) {
            return code(r.pcxId()) + " was deleted already: there is nothing to " + r.kind().tag() + ".";
        } else if (refusal instanceof LastApplyFailed r) {
            return "The last apply of " + code(r.pcxId()) + " failed: finish it with "
                    + Mrkdwn.code("/peer retry " + r.pcxId().value()) + " (or take it down with "
                    + Mrkdwn.code("/peer delete " + r.pcxId().value()) + ") before you " + r.kind().tag() + " ports.";
        } else if (refusal instanceof NotActive r) {
            return code(r.pcxId()) + " is " + r.status().code() + " in EC2, not active: its security group rules"
                    + " cannot be changed through it. " + Mrkdwn.code("/peer delete " + r.pcxId().value())
                    + " takes down what is left.";
        } else if (refusal instanceof ChangeRefusal.NotTemporary r) {
            return code(r.pcxId()) + " has no end time, so there is nothing to renew; a peering or an opening is "
                    + "temporary when asked with " + Mrkdwn.code("--for") + ", e.g. " + Mrkdwn.code("--for 72h") + ".";
        } else if (refusal instanceof ChangeRefusal.TemporaryOpeningInForce r) {
            String pcx = r.pcxId().value();
            return code(r.pcxId()) + " already has a temporary opening, " + list(r.ports()) + " until "
                    + SlackDates.of(r.end()) + ", and has one at a time. Renew it (" + Mrkdwn.code("/peer renew " + pcx
                    + " --for 72h") + "), close it (" + Mrkdwn.code("/peer close " + pcx + " " + r.ports().stream()
                    .map(PortRange::toString).collect(Collectors.joining(","))) + "), or open these ports without "
                    + Mrkdwn.code("--for") + ".";
        } else if (refusal instanceof CreatedOnce) {
            return "A peering is created once; ask for a new one with " + Mrkdwn.code("/peer <vpc> <vpc>") + ".";
        } else if (refusal instanceof PortAlreadyCovered r) {
            return code(r.asked()) + " is already open on " + code(r.pcxId()) + ": " + code(r.covering())
                    + " covers it.";
        } else if (refusal instanceof PortOverlaps r) {
            return code(r.asked()) + " overlaps " + code(r.existing()) + ", which is open on " + code(r.pcxId())
                    + " already. Open only what is not covered, or close " + code(r.existing()) + " first.";
        } else if (refusal instanceof AllOpenAlready r) {
            return list(r.ports()) + (r.ports().size() == 1 ? " is" : " are") + " open on " + code(r.pcxId())
                    + " already (open: " + list(r.open()) + ").";
        } else if (refusal instanceof TooManyPortItems r) {
            return "A peering keeps at most " + r.max() + " port items; " + code(r.pcxId()) + " has " + r.has()
                    + " and this adds " + r.adds() + ". Use a range such as " + Mrkdwn.code("tcp:8000-8100")
                    + ", or close some first.";
        } else if (refusal instanceof NotOpen r) {
            return list(r.ports()) + (r.ports().size() == 1 ? " is" : " are") + " not open on " + code(r.pcxId())
                    + " (open: " + list(r.open()) + "). Close ports exactly as they were opened.";
        } else if (refusal instanceof ClosesEveryPort r) {
            return "That closes every port of " + code(r.pcxId()) + " (" + list(r.open()) + "). To take the"
                    + " peering down, use " + Mrkdwn.code("/peer delete " + r.pcxId().value()) + "; to keep it,"
                    + " leave at least one port open (" + Mrkdwn.code("icmp") + " lets the connectivity test ping).";
        } else if (refusal instanceof Busy r) {
            return code(r.pcxId()) + " already has a change pending: "
                    + Mrkdwn.code("/peer " + r.pending().describe()) + ", asked by "
                    + Mrkdwn.mention(r.pending().requestedBy()) + ", "
                    + (r.pending().state() == ChangeState.APPLYING ? "being applied now" : "awaiting approval")
                    + ". One change at a time: approve or deny that one in the request's thread first.";
        }
        throw new IllegalArgumentException("no words for " + refusal);
    }

    /** "`icmp` is open already and left out.", for ports an open left out; empty when none. */
    public static List<String> leftOut(List<PortRange> ports) {
        if (ports.isEmpty()) {
            return List.of();
        }
        return List.of(list(ports) + (ports.size() == 1 ? " is" : " are") + " open already and left out.");
    }

    private static String list(List<PortRange> ports) {
        return ports.stream().map(ChangeRefusalText::code).collect(Collectors.joining(", "));
    }

    private static String code(PortRange port) {
        return Mrkdwn.code(port.toString());
    }

    private static String code(PcxId pcxId) {
        return Mrkdwn.code(pcxId.value());
    }
}
