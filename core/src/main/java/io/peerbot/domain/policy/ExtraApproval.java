package io.peerbot.domain.policy;

import java.util.List;

/** Approval the plan needs besides the owners': from one of {@code approvers} (users or user groups). */
public record ExtraApproval(PolicyRule rule, List<String> approvers) {
    public ExtraApproval {
        approvers = List.copyOf(approvers);
    }
}
