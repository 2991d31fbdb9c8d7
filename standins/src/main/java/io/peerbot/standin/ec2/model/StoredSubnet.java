package io.peerbot.standin.ec2.model;

/** A subnet of a VPC: one IPv4 block, optionally one IPv6 block. */
public final class StoredSubnet implements Taggable {
    private final String id;
    private final String vpcId;
    private final String ownerId;
    private final String region;
    private final String availabilityZone;
    private final String cidrBlock;
    private volatile StoredCidrAssociation ipv6;
    private final Tags tags = new Tags();

    StoredSubnet(String id, String vpcId, String ownerId, String region, String availabilityZone, String cidrBlock) {
        this.id = id;
        this.vpcId = vpcId;
        this.ownerId = ownerId;
        this.region = region;
        this.availabilityZone = availabilityZone;
        this.cidrBlock = cidrBlock;
    }

    @Override
    public String id() {
        return id;
    }

    public String vpcId() {
        return vpcId;
    }

    public String ownerId() {
        return ownerId;
    }

    public String region() {
        return region;
    }

    public String availabilityZone() {
        return availabilityZone;
    }

    public String cidrBlock() {
        return cidrBlock;
    }

    /** The IPv6 association, or null. */
    public StoredCidrAssociation ipv6() {
        return ipv6;
    }

    /** The IPv6 block, or null. */
    public String ipv6CidrBlock() {
        StoredCidrAssociation a = ipv6;
        return a == null ? null : a.cidrBlock();
    }

    @Override
    public Tags tags() {
        return tags;
    }

    void setIpv6(StoredCidrAssociation association) {
        this.ipv6 = association;
    }
}
