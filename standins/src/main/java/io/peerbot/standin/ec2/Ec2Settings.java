package io.peerbot.standin.ec2;

import java.time.Duration;

/** Quotas and timing of the stand-in's EC2. Change them before or between calls. */
public final class Ec2Settings {
    private volatile int routesPerRouteTable = 50;
    private volatile int rulesPerSecurityGroup = 60;
    private volatile int outstandingPeeringsPerVpc = 25;
    private volatile int activePeeringsPerVpc = 50;
    private volatile int provisioningPolls;
    private volatile int initiatingPolls;
    private volatile Duration pendingPeeringExpiry = Duration.ofDays(7);

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

    /** Pending-acceptance requests a VPC may have made ({@code OutstandingVpcPeeringConnectionLimitExceeded}). Default 25. */
    public Ec2Settings outstandingPeeringsPerVpc(int limit) {
        this.outstandingPeeringsPerVpc = limit;
        return this;
    }

    public int outstandingPeeringsPerVpc() {
        return outstandingPeeringsPerVpc;
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
}
