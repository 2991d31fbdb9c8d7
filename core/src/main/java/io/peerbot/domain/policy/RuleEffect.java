package io.peerbot.domain.policy;

import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a rule does to the peerings it covers: the kinds of rule a policy file may hold. Each judges the plan
 * and names what is wrong, or nothing.
 */
public sealed interface RuleEffect {
    Optional<Violation> judge(PlannedPeering plan);

    /** Such peerings are not made at all ("prod never peers with dev"). */
    record Deny() implements RuleEffect {
        @Override
        public Optional<Violation> judge(PlannedPeering plan) {
            return Optional.of(new Violation.PairDenied());
        }
    }

    /** Only these ports may be opened; anything else asked for is denied. */
    record AllowPorts(List<PortRange> allowed) implements RuleEffect {
        public AllowPorts {
            allowed = List.copyOf(allowed);
        }

        @Override
        public Optional<Violation> judge(PlannedPeering plan) {
            List<PortRange> outside = plan.ports().stream()
                    .filter(asked -> allowed.stream().noneMatch(asked::within)).toList();
            return outside.isEmpty() ? Optional.empty() : Optional.of(new Violation.PortsNotAllowed(outside, allowed));
        }
    }

    /** These ports are never opened; asking for any of them (or a range that takes one in) is denied. */
    record DenyPorts(List<PortRange> denied) implements RuleEffect {
        public DenyPorts {
            denied = List.copyOf(denied);
        }

        @Override
        public Optional<Violation> judge(PlannedPeering plan) {
            List<PortRange> hit = plan.ports().stream().filter(asked -> denied.stream()
                    .anyMatch(d -> PortOverlap.overlaps(asked, d))).toList();
            return hit.isEmpty() ? Optional.empty() : Optional.of(new Violation.PortsDenied(hit, denied));
        }
    }

    /** A reason of at least {@code minLength} characters must be given. */
    record RequireReason(int minLength) implements RuleEffect {
        @Override
        public Optional<Violation> judge(PlannedPeering plan) {
            return plan.reason().strip().length() >= Math.max(1, minLength) ? Optional.empty()
                    : Optional.of(new Violation.ReasonMissing(Math.max(1, minLength)));
        }
    }

    /** Only temporary, for at most {@code max}: a request for good or for longer is denied. */
    record MaxDuration(Duration max) implements RuleEffect {
        @Override
        public Optional<Violation> judge(PlannedPeering plan) {
            if (plan.duration().isEmpty()) {
                return Optional.of(new Violation.NotTemporary(max));
            }
            return plan.duration().get().compareTo(max) > 0
                    ? Optional.of(new Violation.TooLong(plan.duration().get(), max)) : Optional.empty();
        }
    }

    /** Someone else must approve too: Slack users ({@code U…}) or a user group ({@code S…}). Never a denial. */
    record ExtraApprovers(List<String> approvers) implements RuleEffect {
        public ExtraApprovers {
            approvers = List.copyOf(approvers);
        }

        @Override
        public Optional<Violation> judge(PlannedPeering plan) {
            return Optional.empty();
        }
    }

    /** Rules mirrored onto the requester's side ({@code --both-ways}) are denied. */
    record NoBothWays() implements RuleEffect {
        @Override
        public Optional<Violation> judge(PlannedPeering plan) {
            return plan.bothWays() ? Optional.of(new Violation.BothWaysForbidden()) : Optional.empty();
        }
    }

    /** Whole-VPC sources are denied: {@code --subnets} must name the subnets. */
    record RequireSubnets() implements RuleEffect {
        @Override
        public Optional<Violation> judge(PlannedPeering plan) {
            return plan.wholeVpc() ? Optional.of(new Violation.WholeVpc()) : Optional.empty();
        }
    }
}
