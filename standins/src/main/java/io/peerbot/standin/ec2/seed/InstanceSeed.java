package io.peerbot.standin.ec2.seed;

import io.peerbot.standin.ec2.model.StoredInstance;
import java.util.Arrays;

/** Seeds one instance. */
public final class InstanceSeed {
    private final StoredInstance instance;

    InstanceSeed(StoredInstance instance) {
        this.instance = instance;
    }

    public String id() {
        return instance.id();
    }

    public StoredInstance instance() {
        return instance;
    }

    public String privateIp() {
        return instance.privateIpAddress();
    }

    public InstanceSeed tag(String key, String value) {
        instance.tags().put(key, value);
        return this;
    }

    /** {@code running} (the default), {@code stopped}, {@code pending}, ... */
    public InstanceSeed state(String state) {
        instance.setState(state);
        return this;
    }

    /** A Windows instance (EC2's {@code platform} is {@code windows}; SSM's PlatformType {@code Windows}). */
    public InstanceSeed windows() {
        instance.setWindows(true);
        return this;
    }

    public InstanceSeed type(String instanceType) {
        instance.setInstanceType(instanceType);
        return this;
    }

    /** Replaces the instance's groups (the VPC's default group by default). */
    public InstanceSeed securityGroups(SecurityGroupSeed... groups) {
        instance.setSecurityGroupIds(Arrays.stream(groups).map(SecurityGroupSeed::id).toList());
        return this;
    }
}
