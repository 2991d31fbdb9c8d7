package io.peerbot.adapter.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.PlanNote;
import io.peerbot.domain.plan.SidePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plan as sections, side by side: every route table and group ({@link #full}), or the first few of
 * each with the rest counted ({@link #summary}) where space is short, as on the request card.
 */
final class PlanBlocks {
    private PlanBlocks() {
    }

    /** Every change of both sides; long sides take several sections. */
    static List<LayoutBlock> full(Plan plan, Optional<VpcSnapshot> requester, Optional<VpcSnapshot> accepter) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Side side : Side.values()) {
            Optional<VpcSnapshot> vpc = side == Side.REQUESTER ? requester : accepter;
            blocks.addAll(BlockKit.sections(sideText(side, plan.side(side), vpc, Integer.MAX_VALUE, "")));
        }
        return blocks;
    }

    /**
     * At most {@code items} route tables and {@code items} groups per side; the rest are counted and
     * {@code elsewhere} says where to find them (e.g. "full plan in the thread").
     */
    static List<LayoutBlock> summary(Plan plan, VpcSnapshot requester, VpcSnapshot accepter, int items,
                                     String elsewhere) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.addAll(BlockKit.sections(sideText(Side.REQUESTER, plan.requester(), Optional.of(requester), items,
                elsewhere)));
        blocks.addAll(BlockKit.sections(sideText(Side.ACCEPTER, plan.accepter(), Optional.of(accepter), items,
                elsewhere)));
        return blocks;
    }

    private static String sideText(Side side, SidePlan changes, Optional<VpcSnapshot> vpc, int items,
                                   String elsewhere) {
        StringBuilder text = new StringBuilder();
        text.append("*").append(side == Side.REQUESTER ? "Requester" : "Accepter").append(" side: ")
                .append(vpc.map(v -> Mrkdwn.escape(v.displayName())).orElse(changes.vpcId())).append("*");
        if (changes.isEmpty()) {
            text.append("\nNothing to add on this side.");
        }
        List<String> tables = PlanLines.routeTables(changes);
        if (!tables.isEmpty()) {
            text.append("\nRoutes through the peering (")
                    .append(PlanLines.plural(changes.routes().size(), "route")).append(" in ")
                    .append(PlanLines.plural(tables.size(), "route table")).append("):");
            appendLimited(text, tables, items, "route table", elsewhere);
        }
        Function<String, Optional<String>> groupName = id -> vpc.flatMap(v -> v.securityGroup(id))
                .map(SecurityGroup::name);
        List<String> groups = PlanLines.groups(changes, groupName);
        if (!groups.isEmpty()) {
            text.append("\nIngress rules (").append(PlanLines.plural(changes.rules().size(), "rule")).append(" in ")
                    .append(PlanLines.plural(groups.size(), "group")).append("):");
            appendLimited(text, groups, items, "group", elsewhere);
            GroupTargetText.why(changes, side == Side.ACCEPTER).ifPresent(why -> text.append("\n_")
                    .append(why).append("_"));
        }
        for (PlanNote note : changes.notes()) {
            text.append("\n:information_source: ").append(Mrkdwn.truncate(PlanNoteText.of(note), PlanLines.LINE));
        }
        return text.toString();
    }

    private static void appendLimited(StringBuilder text, List<String> lines, int items, String noun,
                                      String elsewhere) {
        lines.stream().limit(items).forEach(line -> text.append('\n').append(line));
        if (lines.size() > items) {
            text.append("\n… and ").append(lines.size() - items).append(" more ").append(noun)
                    .append(lines.size() - items == 1 ? "" : "s")
                    .append(elsewhere.isEmpty() ? "" : " — " + elsewhere);
        }
    }
}
