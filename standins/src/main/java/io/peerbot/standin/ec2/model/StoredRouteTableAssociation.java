package io.peerbot.standin.ec2.model;

/** A route table's association: with a subnet, or the VPC's main association ({@code subnetId} null). */
public record StoredRouteTableAssociation(String associationId, String subnetId, boolean main) {
}
