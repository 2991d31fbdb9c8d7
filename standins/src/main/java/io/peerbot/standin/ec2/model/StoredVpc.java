package io.peerbot.standin.ec2.model;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A VPC: one or more IPv4 blocks (the first is the primary), optional IPv6 blocks, tags. */
public final class StoredVpc implements Taggable {
    private final String id;
    private final String ownerId;
    private final String region;
    private final String dhcpOptionsId;
    private final List<StoredCidrAssociation> ipv4 = new CopyOnWriteArrayList<>();
    private final List<StoredCidrAssociation> ipv6 = new CopyOnWriteArrayList<>();
    private final List<String> internetGateways = new CopyOnWriteArrayList<>();
    private final Tags tags = new Tags();
    // a VPC made with CreateVpc resolves names through the Amazon DNS server but gives no DNS hostnames
    private volatile boolean dnsSupport = true;
    private volatile boolean dnsHostnames = false;

    StoredVpc(String id, String ownerId, String region, String dhcpOptionsId) {
        this.id = id;
        this.ownerId = ownerId;
        this.region = region;
        this.dhcpOptionsId = dhcpOptionsId;
    }

    @Override
    public String id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public String region() {
        return region;
    }

    public String dhcpOptionsId() {
        return dhcpOptionsId;
    }

    /** The primary IPv4 block. */
    public String cidrBlock() {
        return ipv4.get(0).cidrBlock();
    }

    public List<StoredCidrAssociation> cidrAssociations() {
        return List.copyOf(ipv4);
    }

    public List<StoredCidrAssociation> ipv6Associations() {
        return List.copyOf(ipv6);
    }

    /** Every IPv4 block. */
    public List<String> cidrBlocks() {
        return ipv4.stream().map(StoredCidrAssociation::cidrBlock).toList();
    }

    /** Every IPv6 block. */
    public List<String> ipv6CidrBlocks() {
        return ipv6.stream().map(StoredCidrAssociation::cidrBlock).toList();
    }

    /** Every block, IPv4 then IPv6. */
    public List<String> allCidrBlocks() {
        return Stream.concat(cidrBlocks().stream(), ipv6CidrBlocks().stream()).toList();
    }

    public List<String> internetGateways() {
        return List.copyOf(internetGateways);
    }

    @Override
    public Tags tags() {
        return tags;
    }

    void addCidr(StoredCidrAssociation association, boolean isIpv6) {
        (isIpv6 ? ipv6 : ipv4).add(association);
    }

    void addInternetGateway(String igwId) {
        internetGateways.add(igwId);
    }

    /** {@code enableDnsSupport}; true unless set off. */
    public boolean dnsSupport() {
        return dnsSupport;
    }

    /** {@code enableDnsHostnames}; false unless set on, as for a VPC made with {@code CreateVpc}. */
    public boolean dnsHostnames() {
        return dnsHostnames;
    }

    /** Sets the DNS attributes, as {@code ModifyVpcAttribute} would. */
    public StoredVpc dns(boolean hostnames, boolean support) {
        this.dnsSupport = support;
        this.dnsHostnames = hostnames;
        return this;
    }
}
