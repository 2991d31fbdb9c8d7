package io.peerbot.standin.ec2.model;

import java.util.List;

/**
 * A network interface (ENI). An instance's primary interface follows its instance (groups, state); an interface an
 * AWS service made (RDS, Lambda, ELB, a VPC endpoint …) carries the fields EC2 returns for it: {@code requesterId},
 * {@code requesterManaged}, {@code interfaceType}, {@code description}, and the service's account as the
 * attachment's instance owner.
 */
public final class StoredNetworkInterface implements NetworkHost, Taggable {
    private final String id;
    private final String ownerId;
    private final String region;
    private final String vpcId;
    private final String subnetId;
    private final String availabilityZone;
    private final String privateIpAddress;
    private final StoredInstance instance;
    private final String interfaceType;
    private final String requesterId;
    private final boolean requesterManaged;
    private final String description;
    private final String instanceOwnerId;
    private volatile List<String> securityGroupIds = List.of();
    private final Tags tags = new Tags();

    StoredNetworkInterface(String id, String ownerId, String region, StoredSubnet subnet, String privateIpAddress,
                           StoredInstance instance, String interfaceType, String requesterId, boolean requesterManaged,
                           String description, String instanceOwnerId) {
        this.id = id;
        this.ownerId = ownerId;
        this.region = region;
        this.vpcId = subnet.vpcId();
        this.subnetId = subnet.id();
        this.availabilityZone = subnet.availabilityZone();
        this.privateIpAddress = privateIpAddress;
        this.instance = instance;
        this.interfaceType = interfaceType;
        this.requesterId = requesterId;
        this.requesterManaged = requesterManaged;
        this.description = description == null ? "" : description;
        this.instanceOwnerId = instanceOwnerId;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String ownerId() {
        return ownerId;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public String vpcId() {
        return vpcId;
    }

    @Override
    public String subnetId() {
        return subnetId;
    }

    public String availabilityZone() {
        return availabilityZone;
    }

    @Override
    public String privateIpAddress() {
        return privateIpAddress;
    }

    /** The instance it is the primary interface of; null for a service's interface. */
    public StoredInstance instance() {
        return instance;
    }

    public String interfaceType() {
        return interfaceType;
    }

    public String requesterId() {
        return requesterId;
    }

    public boolean requesterManaged() {
        return requesterManaged;
    }

    public String description() {
        return description;
    }

    /** The attachment's owner: the instance's account, or the service's ({@code amazon-rds}, {@code amazon-aws}). */
    public String instanceOwnerId() {
        return instance != null ? instance.ownerId() : instanceOwnerId;
    }

    @Override
    public List<String> securityGroupIds() {
        return instance != null ? instance.securityGroupIds() : securityGroupIds;
    }

    public void setSecurityGroupIds(List<String> ids) {
        if (instance != null) {
            instance.setSecurityGroupIds(ids);
        } else {
            this.securityGroupIds = List.copyOf(ids);
        }
    }

    /** {@code in-use} (EC2's status); an instance's interface goes with its instance. */
    public String status() {
        return "in-use";
    }

    /** False once its instance is terminated (its interface is deleted with it). */
    public boolean exists() {
        return instance == null || !"terminated".equals(instance.state());
    }

    @Override
    public boolean reachable() {
        return instance != null ? "running".equals(instance.state()) : true;
    }

    @Override
    public Tags tags() {
        return tags;
    }
}
