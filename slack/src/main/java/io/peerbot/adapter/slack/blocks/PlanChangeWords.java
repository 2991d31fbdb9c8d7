package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.PlanDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The words for a plan that is no longer the one approved, and for {@code --subnets} that are gone. */
final class PlanChangeWords {
    private PlanChangeWords() {
    }

    static String changed(Notice.PlanChanged n) {
        List<String> lines = new ArrayList<>();
        lines.add(":warning: The plan of " + what(n.change()) + " on " + Mrkdwn.code(n.pcxId().value())
                + " changed since it was approved, so nothing was applied. The approvals are reset: the card shows"
                + " the new plan, to approve again.");
        if (n.difference().isPresent() && !n.difference().get().isEmpty()) {
            lines.add("What differs from the approved plan:");
            lines.addAll(difference(n.difference().get()));
        } else {
            lines.add("The plan changed since it was approved; the new plan in full:");
            ChangePlanText.lines(n.now()).forEach(line -> lines.add("• " + line.strip()));
        }
        return String.join("\n", lines);
    }

    static String approveAgain(Notice.ApproveAgain n) {
        return "The plan of " + what(n.change()) + " on " + Mrkdwn.code(n.pcxId().value()) + " changed since it was"
                + " approved, so your click applied nothing. The thread says what differs; the card shows the new"
                + " plan, which needs approval again.";
    }

    static String pathsWouldMove(Notice.PathsWouldMove n) {
        List<String> lines = new ArrayList<>();
        lines.add("⛔ The routes of " + what(n.change()) + " on " + Mrkdwn.code(n.pcx().value()) + " would move"
                + " traffic off the path it takes today" + (n.approving() ? " (the route tables changed since it was"
                + " asked), so it cannot be approved" : "") + "; nothing changed.");
        n.moved().forEach(r -> lines.add("• " + RejectionText.of(r)));
        lines.add("A change to a peering keeps its request's choice: change the route first, or ask for the peering"
                + " again with `--override-routes` if moving that traffic is intended.");
        return String.join("\n", lines);
    }

    static String cardShowedAnotherPlan(Notice.CardShowedAnotherPlan n) {
        return "The card you clicked showed an earlier plan of " + what(n.change()) + " on "
                + Mrkdwn.code(n.pcxId().value()) + ", so your click approved nothing. The card now shows the plan"
                + " awaiting approval: read it, and approve again if you agree.";
    }

    static String subnetsGone(Notice.SubnetsGone n) {
        return "`--subnets` of " + what(n.change()) + " on " + Mrkdwn.code(n.pcxId().value()) + " names subnets"
                + " that are gone from both VPCs: " + n.subnetIds().stream().map(Mrkdwn::code)
                .collect(Collectors.joining(", ")) + ". I never widen a peering to every subnet instead, so"
                + " nothing was applied. Ask again with the subnets as they are now.";
    }

    private static List<String> difference(PlanDifference difference) {
        List<String> lines = new ArrayList<>();
        for (Side side : Side.values()) {
            PlanDifference.SideDifference part = difference.side(side);
            if (part.isEmpty()) {
                continue;
            }
            lines.add("*" + side.label() + "*");
            part.routesAdded().forEach(r -> lines.add("  + route in " + Mrkdwn.code(r.routeTableId()) + " to "
                    + Mrkdwn.code(r.destination().toString())));
            part.routesRemoved().forEach(r -> lines.add("  − route in " + Mrkdwn.code(r.routeTableId()) + " to "
                    + Mrkdwn.code(r.destination().toString())));
            part.rulesAdded().forEach(r -> lines.add("  + rule in " + Mrkdwn.code(r.groupId()) + ": allow "
                    + Mrkdwn.code(r.ports().toString()) + " from " + Mrkdwn.code(r.sourceText())));
            part.rulesRemoved().forEach(r -> lines.add("  − rule in " + Mrkdwn.code(r.groupId()) + ": allow "
                    + Mrkdwn.code(r.ports().toString()) + " from " + Mrkdwn.code(r.sourceText())));
            if (!part.groupsAdded().isEmpty()) {
                lines.add("  new security groups: " + part.groupsAdded().stream().map(Mrkdwn::code)
                        .collect(Collectors.joining(", ")));
            }
            if (!part.tablesAdded().isEmpty()) {
                lines.add("  new route tables: " + part.tablesAdded().stream().map(Mrkdwn::code)
                        .collect(Collectors.joining(", ")));
            }
        }
        if (difference.dnsChanged()) {
            lines.add("  DNS resolution differs");
        }
        return lines;
    }

    private static String what(Change change) {
        return change.kind() == ChangeKind.CREATE ? "this request" : Mrkdwn.code("/peer " + change.describe());
    }
}
