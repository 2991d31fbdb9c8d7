package io.peerbot.application.port;

import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.change.ChangePreview;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.request.ChangeState;
import io.peerbot.domain.request.PeeringChange;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the bot tells people. Text is Slack-flavoured mrkdwn: *bold*, `code`, {@code <@U123>} mentions. */
public sealed interface Notice {

    /**
     * The request message: who asks and why, both VPCs with their owners, the plan, the pcx, and the
     * Approve / Deny buttons while {@code awaiting} is not empty.
     */
    record RequestCard(PeeringRequest request, VpcSnapshot requesterVpc, VpcSnapshot accepterVpc,
                       Owners requesterOwners, Owners accepterOwners, Plan plan, Set<Side> awaiting)
            implements Notice {
        public RequestCard {
            awaiting = Set.copyOf(awaiting);
        }
    }

    /**
     * A change to an applied peering ({@code /peer open|close|delete}), posted in the request's thread:
     * who asks for what, and — while consent is awaited — what it will do ({@code preview}, read from AWS)
     * and Approve / Deny buttons that refer to this change alone. Once decided, who approved or denied it
     * and where it stands.
     */
    record ChangeCard(PeeringRequest request, PeeringChange change, Optional<ChangePreview> preview,
                      Owners requesterOwners, Owners accepterOwners, List<String> notes) implements Notice {
        public ChangeCard {
            notes = List.copyOf(notes);
        }

        /** The sides still to consent; empty once the change is decided. */
        public Set<Side> awaiting() {
            return change.state() == ChangeState.AWAITING_APPROVAL ? change.awaiting() : Set.of();
        }
    }

    /** A placeholder while the request is being created. */
    record Preparing(String requestedBy, String requesterVpc, String accepterVpc) implements Notice {
    }

    /** {@code /peer plan}: the plan alone, nothing changed. */
    record PlanPreview(VpcSnapshot requesterVpc, VpcSnapshot accepterVpc, Owners requesterOwners,
                       Owners accepterOwners, Plan plan) implements Notice {
    }

    /** The whole plan, every route and rule, for the thread when the card had to summarise it. */
    record FullPlan(Plan plan) implements Notice {
    }

    /** Why nothing happened; ephemeral to the person who typed or clicked. */
    record Rejected(List<Rejection> reasons) implements Notice {
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }

    /** The usage with examples, after {@code problem} (empty for {@code /peer help}). */
    record Usage(String problem, String usage) implements Notice {
    }

    /** One step of the apply or teardown, as it finishes: a title and the lines with resource ids. */
    record Step(boolean ok, String title, List<String> lines) implements Notice {
        public Step {
            lines = List.copyOf(lines);
        }
    }

    /** Free text for anything else (lists, status, answers to clicks). */
    record Text(String mrkdwn) implements Notice {
    }
}
