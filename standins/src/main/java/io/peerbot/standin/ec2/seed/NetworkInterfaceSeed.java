package io.peerbot.standin.ec2.seed;

import io.peerbot.standin.ec2.model.StoredNetworkInterface;
import java.util.Arrays;

/** Seeds one network interface an AWS service made (a database's, a function's, a load balancer's …). */
public final class NetworkInterfaceSeed {
    private final StoredNetworkInterface networkInterface;

    NetworkInterfaceSeed(StoredNetworkInterface networkInterface) {
        this.networkInterface = networkInterface;
    }

    public String id() {
        return networkInterface.id();
    }

    public String privateIp() {
        return networkInterface.privateIpAddress();
    }

    public StoredNetworkInterface networkInterface() {
        return networkInterface;
    }

    public NetworkInterfaceSeed tag(String key, String value) {
        networkInterface.tags().put(key, value);
        return this;
    }

    /** Replaces the interface's groups (the VPC's default group by default). */
    public NetworkInterfaceSeed securityGroups(SecurityGroupSeed... groups) {
        networkInterface.setSecurityGroupIds(Arrays.stream(groups).map(SecurityGroupSeed::id).toList());
        return this;
    }
}
