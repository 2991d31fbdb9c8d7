package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.network.Service;
import io.peerbot.domain.plan.GroupTarget;
import io.peerbot.domain.plan.SidePlan;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a group that gets rules serves ("RDS billing-prod, instance bastion i-…"), and why it was chosen. */
final class GroupTargetText {
    /** At most this many services named per group; the rest are counted. */
    private static final int SERVICES = 3;

    private GroupTargetText() {
    }

    /** " — RDS `billing-prod`, instance `i-…`", or empty when the plan does not say. */
    static String serves(SidePlan side, String groupId) {
        Optional<GroupTarget> target = side.targets().stream().filter(t -> t.groupId().equals(groupId)).findFirst();
        if (target.isEmpty() || target.get().serves().isEmpty()) {
            return "";
        }
        List<Service> services = target.get().serves();
        String named = services.stream().limit(SERVICES).map(GroupTargetText::service)
                .collect(Collectors.joining(", "));
        int more = services.size() - SERVICES;
        return " — " + named + (more > 0 ? " and " + more + " more" : "");
    }

    static String service(Service service) {
        String kind = switch (service.kind()) {
            case INSTANCE -> "instance";
            case RDS -> "RDS";
            case LAMBDA -> "Lambda";
            case LOAD_BALANCER -> "load balancer";
            case VPC_ENDPOINT -> "VPC endpoint";
            case NAT_GATEWAY -> "NAT gateway";
            case EFS -> "EFS";
            case MANAGED -> "AWS-managed";
            case UNATTACHED -> "interface";
        };
        return kind + " " + Mrkdwn.escape(service.name());
    }

    /** Why these groups, and how to pick others; empty when nothing gets rules on this side. */
    static Optional<String> why(SidePlan side, boolean accepter) {
        Set<GroupTarget.Why> whys = side.targets().stream().map(GroupTarget::why)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GroupTarget.Why.class)));
        if (whys.isEmpty()) {
            return Optional.empty();
        }
        String option = accepter ? "`--to sg-…`" : "`--from sg-…`";
        if (whys.contains(GroupTarget.Why.PICKED)) {
            return Optional.of("Groups picked with " + option + ".");
        }
        if (whys.contains(GroupTarget.Why.TAGGED)) {
            return Optional.of("Groups tagged `peerbot:group`; " + option + " picks others.");
        }
        StringBuilder text = new StringBuilder("Groups of the network interfaces in the chosen subnets");
        if (whys.contains(GroupTarget.Why.SERVES_PORT)) {
            text.append("; a TCP/UDP port goes only to the groups that already admit it inside their VPC (the "
                    + "service's, not a bastion's next to it)");
        }
        return Optional.of(text.append(". ").append(option).append(" picks others.").toString());
    }
}
