package io.peerbot.sandbox;

/**
 * One VPC of the demo organisation, as the page and the README list it.
 *
 * @param name    its {@code Name} tag
 * @param cidr    its IPv4 block
 * @param account the AWS account it is in
 * @param region  its region
 * @param ownerId the Slack user in its {@code peerbot:owner} tag
 */
public record DemoVpc(String name, String cidr, String account, String region, String ownerId) {
}
