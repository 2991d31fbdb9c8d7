package io.peerbot.domain.network;

/**
 * A VPC's DNS attributes, as {@code DescribeVpcAttribute} reads them: private DNS names resolve across a peering only
 * when both are enabled in both VPCs.
 *
 * @param hostnames {@code enableDnsHostnames}
 * @param support   {@code enableDnsSupport} (resolution through the Amazon-provided DNS server)
 */
public record VpcDns(boolean hostnames, boolean support) {

    public boolean bothEnabled() {
        return hostnames && support;
    }
}
