package io.peerbot.standin.ec2.model;

import java.time.Instant;
import java.util.Map;

/**
 * A VPC peering connection. It is seen under the same ID by the requester's account in the requester's region and
 * by the accepter's account in the accepter's region. As in EC2, tags are per side: each side sees only the tags it
 * set.
 */
public final class StoredPeeringConnection {
    /** The lifecycle states, with EC2's codes. */
    public enum Status {
        INITIATING_REQUEST("initiating-request"), PENDING_ACCEPTANCE("pending-acceptance"),
        PROVISIONING("provisioning"), ACTIVE("active"), REJECTED("rejected"), FAILED("failed"),
        EXPIRED("expired"), DELETING("deleting"), DELETED("deleted");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** Whether the peering still counts: requested, being set up or active. */
        public boolean isLive() {
            return this == INITIATING_REQUEST || this == PENDING_ACCEPTANCE || this == PROVISIONING || this == ACTIVE;
        }
    }

    /** One end of the connection. */
    public record Side(String account, String region, String vpcId) {
        public boolean is(String callerAccount, String callerRegion) {
            return account.equals(callerAccount) && region.equals(callerRegion);
        }
    }

    private final String id;
    private final Side requester;
    private final Side accepter;
    private final Instant expirationTime;
    private volatile Status status;
    private volatile String statusMessage;
    private volatile boolean requesterAllowsDns;
    private volatile boolean accepterAllowsDns;
    private final Tags requesterTags = new Tags();
    private final Tags accepterTags = new Tags();
    private Status nextStatus;
    private String nextMessage;
    private int pollsLeft;
    private int hiddenFromRequester;
    private int hiddenFromAccepter;
    private int unlistedToRequester;

    StoredPeeringConnection(String id, Side requester, Side accepter, Instant expirationTime) {
        this.id = id;
        this.requester = requester;
        this.accepter = accepter;
        this.expirationTime = expirationTime;
    }

    public String id() {
        return id;
    }

    public Side requester() {
        return requester;
    }

    public Side accepter() {
        return accepter;
    }

    public Instant expirationTime() {
        return expirationTime;
    }

    public Status status() {
        return status;
    }

    public String statusMessage() {
        return statusMessage;
    }

    /** Whether the requester VPC may resolve the accepter's private DNS names. */
    public boolean requesterAllowsDnsResolutionFromRemoteVpc() {
        return requesterAllowsDns;
    }

    /** Whether the accepter VPC may resolve the requester's private DNS names. */
    public boolean accepterAllowsDnsResolutionFromRemoteVpc() {
        return accepterAllowsDns;
    }

    /** The tags the requester side set. */
    public Map<String, String> tags() {
        return requesterTags.asMap();
    }

    /** The tags the accepter side set. */
    public Map<String, String> accepterTags() {
        return accepterTags.asMap();
    }

    /** Whether an account in a region sees this peering. */
    public boolean visibleTo(String account, String region) {
        return requester.is(account, region) || accepter.is(account, region);
    }

    /**
     * Whether a call of an account in a region sees the peering, counting the call against the lag of a new
     * peering's visibility on that side ({@link #hideForCalls}).
     */
    public synchronized boolean seenBy(String account, String region) {
        if (requester.is(account, region)) {
            return hiddenFromRequester <= 0 || --hiddenFromRequester < 0;
        }
        if (accepter.is(account, region)) {
            return hiddenFromAccepter <= 0 || --hiddenFromAccepter < 0;
        }
        return false;
    }

    /**
     * Whether a listing (a describe naming no id) by an account in a region shows the peering, counting the listing
     * against the lag of a new peering's listing to its requester ({@link #leaveUnlistedFor}).
     */
    public synchronized boolean listedTo(String account, String region) {
        if (requester.is(account, region)) {
            return unlistedToRequester <= 0 || --unlistedToRequester < 0;
        }
        return true;
    }

    /** Leaves the new peering out of its requester's next listings, while looking it up by id finds it. */
    public synchronized void leaveUnlistedFor(int requesterListings) {
        this.unlistedToRequester = requesterListings;
    }

    /** Hides the new peering from each side's next calls, as EC2 takes a while to show a new peering everywhere. */
    public synchronized void hideForCalls(int requesterCalls, int accepterCalls) {
        this.hiddenFromRequester = requesterCalls;
        this.hiddenFromAccepter = accepterCalls;
    }

    /** The tags of the side a caller is on (requester when both VPCs share account and region). */
    public Tags tagsOf(String account, String region) {
        return requester.is(account, region) ? requesterTags : accepterTags;
    }

    public void setStatus(Status newStatus, String message) {
        this.status = newStatus;
        this.statusMessage = message;
    }

    public void setRequesterAllowsDns(boolean allow) {
        this.requesterAllowsDns = allow;
    }

    public void setAccepterAllowsDns(boolean allow) {
        this.accepterAllowsDns = allow;
    }

    /**
     * Moves to {@code next} after {@code polls} more describes have shown the current status, as EC2 moves through
     * initiating-request and provisioning on its own. Guarded by the world lock.
     */
    public void scheduleTransition(Status next, String message, int polls) {
        this.nextStatus = next;
        this.nextMessage = message;
        this.pollsLeft = polls;
    }

    /** The status a scheduled transition leads to, or null. */
    public Status nextStatus() {
        return nextStatus;
    }

    /** One describe has seen the peering: true when the scheduled transition is now due (and is cleared). */
    boolean pollDue() {
        if (nextStatus == null) {
            return false;
        }
        if (pollsLeft > 0) {
            pollsLeft--;
            return false;
        }
        return true;
    }

    String nextMessage() {
        return nextMessage;
    }

    void clearTransition() {
        nextStatus = null;
        nextMessage = null;
    }
}
