package io.peerbot.application.port;

/**
 * EC2 in one account and region, as peerbot uses it: its reads and its writes, which the adapter serves with one
 * client.
 */
public interface Ec2Gateway extends Ec2Reads, Ec2Writes {
}
