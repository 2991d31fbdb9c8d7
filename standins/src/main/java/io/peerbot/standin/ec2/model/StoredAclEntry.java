package io.peerbot.standin.ec2.model;

/**
 * One numbered entry of a network ACL.
 *
 * @param protocol   a protocol number as EC2 shows it ({@code -1} all, {@code 6} TCP, {@code 17} UDP, {@code 1} ICMP)
 * @param ruleAction {@code allow} or {@code deny}
 * @param fromPort   null unless TCP/UDP
 */
public record StoredAclEntry(int ruleNumber, boolean egress, String protocol, String ruleAction, String cidrBlock,
                       String ipv6CidrBlock, Integer fromPort, Integer toPort) {
}
