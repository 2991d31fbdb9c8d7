package io.peerbot.domain.validation;

import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.RuleTargets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the groups a request picks and where its sources come from: {@code --to} names groups of the accepter,
 * {@code --from} groups of the requester, and {@code --source-groups} needs both VPCs in one region (a rule names a
 * peer's group only there).
 */
final class TargetCheck {
    private TargetCheck() {
    }

    static List<Rejection> of(VpcSnapshot requester, VpcSnapshot accepter, RuleTargets targets) {
        List<Rejection> rejections = new ArrayList<>();
        unknown("--to", accepter, requester, targets.to()).ifPresent(rejections::add);
        unknown("--from", requester, accepter, targets.from()).ifPresent(rejections::add);
        String requesterRegion = requester.location().region();
        String accepterRegion = accepter.location().region();
        if (targets.sourceGroups() && !requesterRegion.equals(accepterRegion)) {
            rejections.add(new Rejection.SourceGroupsAcrossRegions(requesterRegion, accepterRegion));
        }
        return rejections;
    }

    private static java.util.Optional<Rejection> unknown(String option, VpcSnapshot vpc, VpcSnapshot other,
                                                         List<String> picked) {
        List<String> missing = picked.stream().distinct().filter(id -> vpc.securityGroup(id).isEmpty()).toList();
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, String> elsewhere = new LinkedHashMap<>();
        missing.stream().filter(id -> other.securityGroup(id).isPresent())
                .forEach(id -> elsewhere.put(id, other.displayName()));
        return java.util.Optional.of(new Rejection.UnknownGroups(option, vpc.displayName(), missing, elsewhere));
    }
}
