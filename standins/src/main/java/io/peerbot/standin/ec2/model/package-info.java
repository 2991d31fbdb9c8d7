/**
 * The state behind the EC2 stand-in's API. Every class that holds an EC2 resource is named {@code Stored…}
 * ({@link io.peerbot.standin.ec2.model.StoredVpc}, {@link io.peerbot.standin.ec2.model.StoredRouteTable},
 * {@link io.peerbot.standin.ec2.model.StoredInstance}, …), so that it is never mistaken for the domain's type of
 * the same resource ({@code io.peerbot.domain.network}) or the AWS SDK's
 * ({@code software.amazon.awssdk.services.ec2.model}), which tests often use side by side.
 */
package io.peerbot.standin.ec2.model;
