package io.peerbot.standin.ec2.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An EC2 instance in a subnet. */
public final class StoredInstance implements Taggable, NetworkHost {
    private static final Map<String, Integer> STATE_CODES = Map.of("pending", 0, "running", 16, "shutting-down", 32,
            "terminated", 48, "stopping", 64, "stopped", 80);

    private final String id;
    private final String reservationId;
    private final String ownerId;
    private final String region;
    private final String vpcId;
    private final String subnetId;
    private final String availabilityZone;
    private final String privateIpAddress;
    private final Instant launchTime;
    private volatile String state = "running";
    private volatile String instanceType = "t3.micro";
    private volatile String imageId = "ami-0abcdef1234567890";
    private volatile boolean windows;
    private volatile List<String> securityGroupIds = List.of();
    private final Tags tags = new Tags();

    StoredInstance(String id, String reservationId, String ownerId, String region, String vpcId, String subnetId,
             String availabilityZone, String privateIpAddress, Instant launchTime) {
        this.id = id;
        this.reservationId = reservationId;
        this.ownerId = ownerId;
        this.region = region;
        this.vpcId = vpcId;
        this.subnetId = subnetId;
        this.availabilityZone = availabilityZone;
        this.privateIpAddress = privateIpAddress;
        this.launchTime = launchTime;
    }

    @Override
    public String id() {
        return id;
    }

    public String reservationId() {
        return reservationId;
    }

    public String ownerId() {
        return ownerId;
    }

    public String region() {
        return region;
    }

    @Override
    public boolean reachable() {
        return "running".equals(state);
    }

    public String vpcId() {
        return vpcId;
    }

    public String subnetId() {
        return subnetId;
    }

    public String availabilityZone() {
        return availabilityZone;
    }

    public String privateIpAddress() {
        return privateIpAddress;
    }

    public Instant launchTime() {
        return launchTime;
    }

    /** {@code pending}, {@code running}, {@code stopping}, {@code stopped}, {@code shutting-down}, {@code terminated}. */
    public String state() {
        return state;
    }

    public int stateCode() {
        return STATE_CODES.get(state);
    }

    public String instanceType() {
        return instanceType;
    }

    public String imageId() {
        return imageId;
    }

    public List<String> securityGroupIds() {
        return securityGroupIds;
    }

    @Override
    public Tags tags() {
        return tags;
    }

    public void setState(String newState) {
        if (!STATE_CODES.containsKey(newState)) {
            throw new IllegalArgumentException("no such instance state: " + newState);
        }
        this.state = newState;
    }

    public void setInstanceType(String instanceType) {
        this.instanceType = instanceType;
    }

    /** EC2's platform details: {@code Windows} or {@code Linux/UNIX}. */
    public String platformDetails() {
        return windows ? "Windows" : "Linux/UNIX";
    }

    public boolean windows() {
        return windows;
    }

    public void setWindows(boolean windows) {
        this.windows = windows;
    }

    public void setImageId(String imageId) {
        this.imageId = imageId;
    }

    public void setSecurityGroupIds(List<String> ids) {
        this.securityGroupIds = List.copyOf(ids);
    }
}
