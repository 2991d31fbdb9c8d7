package io.peerbot.standin.ec2.model;

/**
 * One route. Exactly one destination is set; exactly one target ({@code gatewayId} is {@code local} for the VPC's
 * own blocks).
 *
 * @param state  {@code active} or {@code blackhole}
 * @param origin {@code CreateRouteTable} for local routes, {@code EnableVgwRoutePropagation} for propagated ones,
 *               else {@code CreateRoute}
 */
public record StoredRoute(String destinationCidrBlock, String destinationIpv6CidrBlock, String gatewayId,
                    String vpcPeeringConnectionId, String state, String origin) {

    public static StoredRoute local(String cidr) {
        boolean v6 = Cidrs.isIpv6(cidr);
        return new StoredRoute(v6 ? null : cidr, v6 ? cidr : null, "local", null, "active", "CreateRouteTable");
    }

    /** The destination block, IPv4 or IPv6. */
    public String destination() {
        return destinationCidrBlock != null ? destinationCidrBlock : destinationIpv6CidrBlock;
    }

    public boolean propagated() {
        return "EnableVgwRoutePropagation".equals(origin);
    }

    public boolean isLocal() {
        return "local".equals(gatewayId);
    }

    /** The target ID: peering connection or gateway. */
    public String target() {
        return vpcPeeringConnectionId != null ? vpcPeeringConnectionId : gatewayId;
    }

    public StoredRoute withState(String newState) {
        return new StoredRoute(destinationCidrBlock, destinationIpv6CidrBlock, gatewayId, vpcPeeringConnectionId, newState,
                origin);
    }
}
