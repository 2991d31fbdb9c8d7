package io.peerbot.standin.ec2;

import java.time.Duration;

/** Quotas and timing of the stand-in's EC2. Change them before or between calls. */
public final class Ec2Settings {
    private volatile int routesPerRouteTable = 50;
    private volatile int rulesPerSecurityGroup = 60;
    private volatile int outstandingPeeringRequests = 25;
    private volatile int activePeeringsPerVpc = 50;
    private volatile int provisioningPolls;
    private volatile int initiatingPolls;
    private volatile Duration pendingPeeringExpiry = Duration.ofDays(7);
    private volatile int requesterLag;
    private volatile int accepterLag;
    private volatile int requesterListingLag;
    private volatile String nextPeeringFailure;

    /** Non-local routes a route table may hold ({@code RouteLimitExceeded} beyond). Default 50. */
    public Ec2Settings routesPerRouteTable(int limit) {
        this.routesPerRouteTable = limit;
        return this;
    }

    public int routesPerRouteTable() {
        return routesPerRouteTable;
    }

    /**
     * Inbound rules, and separately outbound rules, a group may hold ({@code RulesPerSecurityGroupLimitExceeded}
     * beyond). Default 60.
     */
    public Ec2Settings rulesPerSecurityGroup(int limit) {
        this.rulesPerSecurityGroup = limit;
        return this;
    }

    public int rulesPerSecurityGroup() {
        return rulesPerSecurityGroup;
    }

    /**
     * Requests awaiting acceptance an account may have made in a Region, whatever VPCs they name
     * ({@code OutstandingVpcPeeringConnectionLimitExceeded}). Default 25, AWS's default quota.
     */
    public Ec2Settings outstandingPeeringRequests(int limit) {
        this.outstandingPeeringRequests = limit;
        return this;
    }

    public int outstandingPeeringRequests() {
        return outstandingPeeringRequests;
    }

    /** Active peerings a VPC may have ({@code VpcPeeringConnectionLimitExceeded} on accept). Default 50. */
    public Ec2Settings activePeeringsPerVpc(int limit) {
        this.activePeeringsPerVpc = limit;
        return this;
    }

    public int activePeeringsPerVpc() {
        return activePeeringsPerVpc;
    }

    /**
     * How many answers show an accepted peering as {@code provisioning} (the accept answer included) before
     * {@code DescribeVpcPeeringConnections} shows it {@code active}. Default 0: accepted peerings are active at once.
     */
    public Ec2Settings provisioningPolls(int describes) {
        this.provisioningPolls = describes;
        return this;
    }

    public int provisioningPolls() {
        return provisioningPolls;
    }

    /**
     * How many {@code DescribeVpcPeeringConnections} answers show a new request as {@code initiating-request}
     * (the create answer included) before it turns {@code pending-acceptance} or {@code failed}. Default 0.
     */
    public Ec2Settings initiatingPolls(int describes) {
        this.initiatingPolls = describes;
        return this;
    }

    public int initiatingPolls() {
        return initiatingPolls;
    }

    /** How long a pending-acceptance request lives before it would expire (shown as its expiration time). */
    public Ec2Settings pendingPeeringExpiry(Duration expiry) {
        this.pendingPeeringExpiry = expiry;
        return this;
    }

    public Duration pendingPeeringExpiry() {
        return pendingPeeringExpiry;
    }

    /**
     * EC2 is eventually consistent: a new peering is unknown to the requester's account for its next {@code calls}
     * calls that name or list it (the create answer itself excluded); {@code InvalidVpcPeeringConnectionID.NotFound}
     * or an empty describe meanwhile. Default 0.
     */
    public Ec2Settings requesterSeesNewPeeringsAfter(int calls) {
        this.requesterLag = calls;
        return this;
    }

    public int requesterLag() {
        return requesterLag;
    }

    /**
     * A list trails the look-up by id: a new peering is left out of its requester's next {@code listings}
     * describes that name no id (filtered by VPC or status, as counting outstanding requests does), while a describe
     * or a tag call naming its id finds it. Default 0.
     */
    public Ec2Settings requesterListsNewPeeringsAfter(int listings) {
        this.requesterListingLag = listings;
        return this;
    }

    public int requesterListingLag() {
        return requesterListingLag;
    }

    /** As {@link #requesterSeesNewPeeringsAfter(int)}, for the accepter's account (another account or region). */
    public Ec2Settings accepterSeesNewPeeringsAfter(int calls) {
        this.accepterLag = calls;
        return this;
    }

    public int accepterLag() {
        return accepterLag;
    }

    /**
     * The next peering created ends {@code failed} with this status message, as EC2 fails a request it cannot
     * honour after it was made (e.g. overlapping CIDR blocks it found itself).
     */
    public synchronized Ec2Settings nextPeeringFails(String statusMessage) {
        this.nextPeeringFailure = statusMessage;
        return this;
    }

    /** The failure set for the next created peering, once: null when none. */
    public synchronized String takeNextPeeringFailure() {
        String failure = nextPeeringFailure;
        nextPeeringFailure = null;
        return failure;
    }
}
