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
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The extra approvals (SPEC §11) a change needs, judged again on every reading like the owners: the policy on the
 * change's concrete plan (a creation or an opening; closing, deleting and renewing only take away or keep), the
 * rules' approvers resolved to Slack users as owners are (user groups through the directory).
 */
public final class ExtraApprovers {
    private final Guardrails guardrails;
    private final OwnerLookup members;

    public ExtraApprovers(Guardrails guardrails, OwnerLookup members) {
        this.guardrails = guardrails;
        this.members = members;
    }

    public ExtraConsent of(ManagedPeering peering, Change change, Reading reading) {
        if (change.kind() != ChangeKind.CREATE && change.kind() != ChangeKind.OPEN) {
            return ExtraConsent.none();
        }
        Optional<Duration> lasting = change.end().map(end -> Duration.between(change.requestedAt(), end));
        return of(guardrails.judge(PolicyGate.planned(change.kind().tag(), reading.requester(), reading.accepter(),
                change.ports(), peering.options().lasting(lasting))).approvals());
    }

    /** The consent {@code required} (a policy decision's approvals) asks for. */
    public ExtraConsent of(List<ExtraApproval> required) {
        return required.isEmpty() ? ExtraConsent.none() : new ExtraConsent(required, this::membersOf);
    }

    private Owners membersOf(ExtraApproval approval) {
        return members.membersOf(approval.approvers(), "the policy rule " + approval.rule().name());
    }
}
