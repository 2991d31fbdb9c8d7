package io.peerbot.domain.policy;

import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The extra approvals a change's plan needs under the policy (its rules' {@code approvers}), beside the owners':
 * which are still outstanding on the change, and what a click on Approve means for them. {@code members} resolves
 * a rule's approvers (users and user groups) to the Slack users who may give its approval.
 */
public record ExtraConsent(List<ExtraApproval> required, Function<ExtraApproval, Owners> members) {
    public ExtraConsent {
        required = List.copyOf(required);
        Objects.requireNonNull(members, "members");
    }

    /** What a click on Approve by someone who approves no side means for the extra approvals. */
    public sealed interface Click {
        /** The clicker is one of the approvers of these outstanding rules: their consent is given for each. */
        record Approves(List<ExtraApproval> rules) implements Click {
            public Approves {
                rules = List.copyOf(rules);
            }

            /** The consents to record on the change. */
            public List<Approval> approvals(String userId, Instant at) {
                return rules.stream().map(r -> Approval.extra(r.rule().name(), userId, at)).toList();
            }
        }

        /** The clicker may give none of the outstanding approvals: these are outstanding, and these people may. */
        record NotAnApprover(List<ExtraApproval> outstanding) implements Click {
            public NotAnApprover {
                outstanding = List.copyOf(outstanding);
            }
        }

        /**
         * The clicker asked for the change: the policy asks someone else's consent for it, even of an approver of
         * its rules (admins aside, who may approve anything).
         */
        record AskedByYou(List<ExtraApproval> outstanding) implements Click {
            public AskedByYou {
                outstanding = List.copyOf(outstanding);
            }
        }

        /** No extra approval is outstanding. */
        record NoneOutstanding() implements Click {
        }
    }

    public static ExtraConsent none() {
        return new ExtraConsent(List.of(), rule -> Owners.none());
    }

    /** The extra approvals still missing on {@code change}, in the policy's order. */
    public List<ExtraApproval> outstanding(Change change) {
        return required.stream().filter(r -> !change.extraApproved(r.rule().name())).toList();
    }

    /** Whether every extra approval is in: then only the owners' consent decides. */
    public boolean complete(Change change) {
        return outstanding(change).isEmpty();
    }

    public Click judge(String clicker, Change change) {
        List<ExtraApproval> outstanding = outstanding(change);
        if (outstanding.isEmpty()) {
            return new Click.NoneOutstanding();
        }
        if (clicker.equals(change.requestedBy())) {
            return new Click.AskedByYou(outstanding);
        }
        List<ExtraApproval> theirs = outstanding.stream().filter(r -> members.apply(r).includes(clicker)).toList();
        return theirs.isEmpty() ? new Click.NotAnApprover(outstanding) : new Click.Approves(theirs);
    }
}
