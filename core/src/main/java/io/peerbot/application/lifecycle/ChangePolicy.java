package io.peerbot.application.lifecycle;

import io.peerbot.application.engine.Reading;
import io.peerbot.application.policy.PolicyGate;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.policy.ExtraApproval;
import io.peerbot.domain.policy.ExtraConsent;
import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.policy.PlannedPeering;
import io.peerbot.domain.policy.PolicyDecision;
import io.peerbot.domain.policy.PolicyDenial;
import java.util.List;
import java.util.Optional;

/**
 * The policy (SPEC §11) on a change's concrete plan, judged again on every reading like the owners: the rules that
 * deny it now (the policy file or the VPCs may have changed since it was asked), and the extra approvals it needs,
 * the rules' approvers resolved to Slack users as owners are (user groups through the directory).
 */
public final class ChangePolicy {
    private final Guardrails guardrails;
    private final OwnerLookup members;

    /**
     * What the policy says of a change now.
     *
     * @param source the policy file, for the rules' lines
     */
    public record Standing(List<PolicyDenial> denials, ExtraConsent extras, String source) {
        public Standing {
            denials = List.copyOf(denials);
        }

        public static Standing none() {
            return new Standing(List.of(), ExtraConsent.none(), "");
        }

        public boolean denied() {
            return !denials.isEmpty();
        }
    }

    public ChangePolicy(Guardrails guardrails, OwnerLookup members) {
        this.guardrails = guardrails;
        this.members = members;
    }

    public Standing judge(ManagedPeering peering, Change change, Reading reading) {
        Optional<PlannedPeering> plan = PolicyGate.planned(peering, change, reading);
        if (plan.isEmpty()) {
            return Standing.none();
        }
        PolicyDecision decision = guardrails.judge(plan.get());
        // an admin's --override, recorded with the request, answers the denials of its creation only
        boolean overridden = change.kind() == ChangeKind.CREATE && peering.options().overridden();
        return new Standing(overridden ? List.of() : decision.denials(), of(decision.approvals()),
                guardrails.source());
    }

    /** The consent {@code required} (a policy decision's approvals) asks for. */
    public ExtraConsent of(List<ExtraApproval> required) {
        return required.isEmpty() ? ExtraConsent.none() : new ExtraConsent(required, this::membersOf);
    }

    private Owners membersOf(ExtraApproval approval) {
        return members.membersOf(approval.approvers(), "the policy rule " + approval.rule().name());
    }
}
