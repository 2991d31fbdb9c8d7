package io.peerbot.adapter.slack.actions;

/**
 * The {@code action_id}s of the request card's buttons, and of a change's message (open, close, delete) in
 * the request's thread. Their {@code value} is only a {@code RequestReference}: {@code pcx-…@account:region}
 * on the request's, {@code pcx-…@account:region#delete-1732870100123} on a change's (its kind and id);
 * everything else is read back from AWS.
 */
public final class ActionIds {
    /** Approve: consent for the sides the clicker owns (or all, for an admin). */
    public static final String APPROVE = "peer_approve";
    /** Deny: reject the peering; nothing is changed in either VPC. */
    public static final String DENY = "peer_deny";
    /** The {@code block_id} of the actions block that holds both buttons. */
    public static final String DECISION_BLOCK = "peer_decision";
    /** The {@code block_id} of the actions block with a change's Approve and Deny buttons. */
    public static final String CHANGE_DECISION_BLOCK = "peer_change_decision";

    /** A drift finding's Repair: restore what the approved plan covers, on the side the finding names. */
    public static final String DRIFT_REPAIR = "peer_drift_repair";
    /** A drift finding's Extend: ask both sides to approve routes and rules for growth. */
    public static final String DRIFT_EXTEND = "peer_drift_extend";
    /** A drift finding's Dismiss: record that it is intended. */
    public static final String DRIFT_DISMISS = "peer_drift_dismiss";
    /** The {@code block_id} of a drift finding's buttons; their value is a {@code DriftReference}. */
    public static final String DRIFT_BLOCK = "peer_drift";

    /** Renew, on a reminder that a temporary peering or opening ends soon: asks for a renewal. */
    public static final String RENEW = "peer_renew";
    /** End now, on such a reminder: an owner takes it away at once. */
    public static final String END_NOW = "peer_end_now";
    /** The {@code block_id} of a reminder's Renew and End now buttons. */
    public static final String TERM_BLOCK = "peer_term";

    /** Reject, on the alert about a peering request peerbot did not make: the target VPC's owner rejects it. */
    public static final String REJECT_FOREIGN = "peer_reject_foreign";
    /** The {@code block_id} of that alert's Reject button. */
    public static final String FOREIGN_BLOCK = "peer_foreign";

    private ActionIds() {
    }
}
