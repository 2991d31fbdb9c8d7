package io.peerbot.adapter.slack.actions;

/**
 * The {@code action_id}s of the request card's buttons. Their {@code value} is only a
 * {@code RequestReference} ({@code pcx-…@account:region}); everything else is read back from AWS.
 */
public final class ActionIds {
    /** Approve: consent for the sides the clicker owns (or all, for an admin). */
    public static final String APPROVE = "peer_approve";
    /** Deny: reject the peering; nothing is changed in either VPC. */
    public static final String DENY = "peer_deny";
    /** The {@code block_id} of the actions block that holds both buttons. */
    public static final String DECISION_BLOCK = "peer_decision";

    private ActionIds() {
    }
}
