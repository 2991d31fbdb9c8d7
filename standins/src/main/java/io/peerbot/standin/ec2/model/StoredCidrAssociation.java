package io.peerbot.standin.ec2.model;

/** A CIDR block associated with a VPC or subnet, with its association ID. */
public record StoredCidrAssociation(String associationId, String cidrBlock) {
}
