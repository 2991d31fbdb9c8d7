package io.peerbot.standin.ec2.model;

import java.util.List;

/** Anything with a private address in a subnet that packets reach: an instance, or any other network interface. */
public interface NetworkHost {
    String id();

    String ownerId();

    String region();

    String vpcId();

    String subnetId();

    String privateIpAddress();

    List<String> securityGroupIds();

    /** True while it answers on its address (a running instance, an interface in use). */
    boolean reachable();
}
