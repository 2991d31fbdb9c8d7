package io.peerbot.adapter.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.peerbot.adapter.slack.actions.ActionIds;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.drift.Finding;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The drift watch's words: a finding in the peering's thread (what differs from the approved plan, each resource
 * named, with Repair / Extend / Dismiss as they fit it), and the answers to those buttons.
 */
final class DriftRenderer {
    private static final int MAX_LINES = 30;
    private static final int MAX_OWNERS = 8;

    Optional<List<SlackMessage>> render(Notice notice) {
        if (notice instanceof Notice.DriftFound n) {
            return Optional.of(List.of(found(n)));
        } else if (notice instanceof Notice.DriftNoLongerSeen n) {
            return text("This drift on " + Mrkdwn.code(n.pcxId().value()) + " is no longer seen as it was "
                    + "(repaired, changed or gone meanwhile); nothing was done. A change to it is posted anew.");
        } else if (notice instanceof Notice.DriftActionNotOffered n) {
            return text("That button does not fit this finding on " + Mrkdwn.code(n.pcxId().value())
                    + ": Repair restores what was approved and went missing; Extend adds what grew. Nothing was done.");
        } else if (notice instanceof Notice.RepairNotAllowed n) {
            return text("Only an owner of the " + n.side().label() + " side (" + Mrkdwn.code(n.vpcId())
                    + ") may repair it: " + who(n.owners()) + ". Nothing was done.");
        } else if (notice instanceof Notice.DismissNotAllowed n) {
            return text("Only an owner of either side or an admin may dismiss drift on "
                    + Mrkdwn.code(n.pcxId().value()) + ": " + who(n.requesterOwners()) + " (requester), "
                    + who(n.accepterOwners()) + " (accepter)"
                    + (n.admins().isEmpty() ? "" : ", or " + Mrkdwn.mentions(n.admins(), MAX_OWNERS))
                    + ". Nothing was done.");
        } else if (notice instanceof Notice.DriftDismissed n) {
            return text("🔕 " + Mrkdwn.mention(n.userId()) + " dismissed this drift on "
                    + Mrkdwn.code(n.pcxId().value()) + " as intended: " + headline(n.finding())
                    + ". It is not raised again until it changes.");
        }
        return Optional.empty();
    }

    private static Optional<List<SlackMessage>> text(String mrkdwn) {
        return Optional.of(TextRenderer.messages(mrkdwn));
    }

    private static String who(Owners owners) {
        return owners.isEmpty() ? "no owner is known" : Mrkdwn.mentions(owners.userIds(), MAX_OWNERS);
    }

    private SlackMessage found(Notice.DriftFound n) {
        Finding finding = n.finding();
        ManagedPeering peering = n.peering();
        String pcx = Mrkdwn.code(peering.id().value());
        List<String> lines = lines(peering, finding);
        List<String> shown = new ArrayList<>(lines.subList(0, Math.min(MAX_LINES, lines.size())));
        if (lines.size() > MAX_LINES) {
            shown.add("… and " + (lines.size() - MAX_LINES) + " more.");
        }
        String title = "🔎 *Drift on " + pcx + "*: " + headline(finding);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(title));
        if (!shown.isEmpty()) {
            blocks.addAll(BlockKit.sections(String.join("\n", shown)));
        }
        blocks.add(BlockKit.context(advice(n)));
        List<BlockElement> buttons = buttons(n);
        if (!buttons.isEmpty()) {
            blocks.add(Blocks.actions(ActionIds.DRIFT_BLOCK, buttons));
        }
        return new SlackMessage("Drift on " + peering.id() + ": " + headline(finding).replace("*", ""), blocks);
    }

    private static String headline(Finding finding) {
        if (finding instanceof Finding.Missing m) {
            return "routes or rules of the approved plan are missing on the " + m.side().label() + " side";
        } else if (finding instanceof Finding.Growth g) {
            return g.newBlocks().isEmpty() ? "route tables or groups in scope that the approved plan does not cover"
                    : "new CIDR blocks that the approved plan does not cover";
        } else if (finding instanceof Finding.Blackholes b) {
            return "routes through the peering are blackholes on the " + b.side().label() + " side";
        } else if (finding instanceof Finding.Unmade u) {
            return "routes through the peering that its approved plan does not ask for, on the " + u.side().label()
                    + " side (made by hand, or left in a table no longer in scope)";
        }
        Finding.PeeringGone gone = (Finding.PeeringGone) finding;
        return "the peering is *" + gone.status().code() + "* in EC2: it was deleted or rejected outside peerbot";
    }

    private static List<String> lines(ManagedPeering peering, Finding finding) {
        String pcx = peering.id().value();
        List<String> lines = new ArrayList<>();
        if (finding instanceof Finding.Missing m) {
            String vpc = Mrkdwn.code(peering.side(m.side()).vpcId());
            m.routes().forEach(r -> lines.add("• route " + route(r, pcx) + " in " + vpc + " is gone"));
            m.rules().forEach(r -> lines.add("• rule " + rule(r) + " in " + vpc + " is gone"));
        } else if (finding instanceof Finding.Growth g) {
            if (!g.newBlocks().isEmpty()) {
                lines.add("New blocks: " + String.join(", ", g.newBlocks().stream()
                        .map(b -> Mrkdwn.code(b.toString())).toList()));
            }
            Plan growth = g.growth();
            for (Side side : Side.values()) {
                String vpc = Mrkdwn.code(peering.side(side).vpcId());
                growth.side(side).routes().forEach(r -> lines.add("• " + side.label() + " " + vpc
                        + ": no route " + route(r, pcx)));
                growth.side(side).rules().forEach(r -> lines.add("• " + side.label() + " " + vpc
                        + ": no rule " + rule(r)));
            }
        } else if (finding instanceof Finding.Blackholes b) {
            String vpc = Mrkdwn.code(peering.side(b.side()).vpcId());
            b.routes().forEach(r -> lines.add("• route " + route(r, pcx) + " in " + vpc + " is a blackhole"));
        } else if (finding instanceof Finding.Unmade u) {
            String vpc = Mrkdwn.code(peering.side(u.side()).vpcId());
            u.routes().forEach(r -> lines.add("• route " + route(r, pcx) + " in " + vpc
                    + " is not in the approved plan"));
        } else if (finding instanceof Finding.PeeringGone) {
            lines.add("Routes through it no longer carry traffic. `/peer list` shows it as it is in EC2.");
        }
        return lines;
    }

    private static String route(RouteChange route, String pcx) {
        return Mrkdwn.code(route.routeTableId()) + ": " + Mrkdwn.code(route.destination().toString()) + " → "
                + Mrkdwn.code(pcx);
    }

    private static String rule(RuleChange rule) {
        return Mrkdwn.code(rule.groupId()) + ": allow " + Mrkdwn.code(rule.ports().toString()) + " from "
                + Mrkdwn.code(rule.source().toString());
    }

    private static String advice(Notice.DriftFound n) {
        Finding finding = n.finding();
        if (finding.repairs().isPresent()) {
            Side side = finding.repairs().get();
            Owners owners = side == Side.REQUESTER ? n.requesterOwners() : n.accepterOwners();
            return "*Repair* restores exactly these (an owner of the " + side.label() + " side: " + who(owners)
                    + "). *Dismiss* if it is intended; it is not raised again until it changes.";
        }
        if (finding.extendable()) {
            return "*Extend* asks both sides to approve these routes and rules, like any change. *Dismiss* if "
                    + "they are not wanted; it is not raised again until it changes.";
        }
        if (finding instanceof Finding.PeeringGone) {
            return "Nothing for peerbot to repair: a new peering needs a new request.";
        }
        return "peerbot does not change routes it did not make. *Dismiss* if it is intended.";
    }

    private static List<BlockElement> buttons(Notice.DriftFound n) {
        String value = n.reference().encode();
        List<BlockElement> buttons = new ArrayList<>();
        if (n.finding().repairs().isPresent()) {
            buttons.add(ButtonElement.builder().actionId(ActionIds.DRIFT_REPAIR).text(plainText("Repair"))
                    .style("primary").value(value)
                    .confirm(confirmationDialog(c -> c.title(plainText("Repair?"))
                            .text(plainText("Restore the routes and rules listed, as approved."))
                            .confirm(plainText("Repair")).deny(plainText("Cancel"))))
                    .build());
        }
        if (n.finding().extendable()) {
            buttons.add(ButtonElement.builder().actionId(ActionIds.DRIFT_EXTEND).text(plainText("Extend"))
                    .value(value).build());
        }
        if (!(n.finding() instanceof Finding.PeeringGone)) {
            buttons.add(ButtonElement.builder().actionId(ActionIds.DRIFT_DISMISS).text(plainText("Dismiss"))
                    .value(value).build());
        }
        return buttons;
    }
}
