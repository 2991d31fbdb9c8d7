package io.peerbot.domain.connectivity;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Instance;
import io.peerbot.domain.network.VpcSnapshot;
import java.util.Objects;

/** One end of a tested path: an instance and the VPC it sits in, as read now. */
public record PathEnd(VpcSnapshot vpc, Instance instance) {
    public PathEnd {
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(instance, "instance");
    }

    public String ip() {
        return instance.privateIp();
    }

    public String subnetId() {
        return instance.subnetId();
    }

    /** The VPC's block that holds the instance's address, as a person would name the network ("10.0.0.0/16"). */
    public String network() {
        return vpc.ipv4Blocks().stream().filter(b -> b.contains(ip())).findFirst()
                .map(Cidr::toString).orElse(ip() + "/32");
    }

    /** "10.0.0.12 (10.0.0.0/16)": the address and the network it belongs to. */
    public String addressInNetwork() {
        return ip() + " (" + network() + ")";
    }
}
