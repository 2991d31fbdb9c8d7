/**
 * A local EC2 and STS for tests and the sandbox, spoken to by the real AWS SDK over HTTP on loopback.
 *
 * <ul>
 *   <li>{@link io.peerbot.standin.ec2.Ec2StandIn}: start, endpoint, credentials per account, seeding, state, faults,
 *       permissions, call log.</li>
 *   <li>{@link io.peerbot.standin.ec2.seed.WorldSeed}: builds accounts, roles, VPCs, subnets, route tables, security
 *       groups, network ACLs, instances and peerings without API calls.</li>
 *   <li>{@link io.peerbot.standin.ec2.model.World}: the state behind the API, for assertions.</li>
 *   <li>{@link io.peerbot.standin.ec2.ssm.SsmFleet} and {@link io.peerbot.standin.ec2.ssm.SsmDocuments}: SSM Run
 *       Command on the same endpoint, its instances and the Command documents each account has.</li>
 *   <li>{@link io.peerbot.standin.ec2.http.AwsService}: the seam for serving another service (SSM) on the same
 *       endpoint.</li>
 * </ul>
 *
 * Nothing here depends on the rest of peerbot.
 */
package io.peerbot.standin.ec2;
