package io.peerbot.domain.policy;

import java.util.List;

/** What the policy says of a plan: the rules that deny it (none: allowed) and the extra approvals it needs. */
public record PolicyDecision(List<PolicyDenial> denials, List<ExtraApproval> approvals) {
    public static final PolicyDecision ALLOWED = new PolicyDecision(List.of(), List.of());

    public PolicyDecision {
        denials = List.copyOf(denials);
        approvals = List.copyOf(approvals);
    }

    public boolean allowed() {
        return denials.isEmpty();
    }
}
