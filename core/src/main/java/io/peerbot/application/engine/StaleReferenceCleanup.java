package io.peerbot.application.engine;

import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.StaleReference;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.PeerbotRules;
import io.peerbot.domain.plan.RuleRemoval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a peering is gone, rules that reference the peer's groups across it are stale: they allow nothing but stay.
 * Per side, those EC2 lists as stale that peerbot made (tag or description naming a peering) are revoked; the
 * others are reported and left to their owners. Matched against the rules as read for the decision, so a rule
 * is only ever revoked when it is known to be peerbot's.
 */
final class StaleReferenceCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(StaleReferenceCleanup.class);

    private StaleReferenceCleanup() {
    }

    static void clean(Side side, Ec2Gateway ec2, VpcSnapshot vpc, StepListener listener) {
        List<StaleReference> stale;
        try {
            stale = ec2.staleReferences(vpc.id());
        } catch (CloudException e) {
            // The peering is gone already; stale references allow nothing, so failing to list them is only reported.
            LOG.warn("Could not list the stale security group references of {}", vpc.id(), e);
            return;
        }
        if (stale.isEmpty()) {
            return;
        }
        List<RuleRemoval> revoked = new ArrayList<>();
        List<StaleReference> leftAlone = new ArrayList<>();
        Map<String, Set<String>> byGroup = new LinkedHashMap<>();
        for (StaleReference reference : stale) {
            Optional<SecurityRule> rule = ruleOf(vpc, reference).filter(PeerbotRules::madeByPeerbot);
            if (rule.isPresent()) {
                revoked.add(new RuleRemoval(reference.groupId(), rule.get().ruleId(), reference.ports(), null));
                byGroup.computeIfAbsent(reference.groupId(), g -> new LinkedHashSet<>()).add(rule.get().ruleId());
            } else {
                leftAlone.add(reference);
            }
        }
        byGroup.forEach(ec2::revokeIngress);
        listener.staleReferences(side, revoked, leftAlone);
    }

    private static Optional<SecurityRule> ruleOf(VpcSnapshot vpc, StaleReference reference) {
        return vpc.securityGroup(reference.groupId()).flatMap(g -> g.ingress().stream()
                .filter(r -> reference.ports().equals(r.ports())
                        && reference.referencedGroupId().equals(r.sourceGroupId()))
                .findFirst());
    }
}
