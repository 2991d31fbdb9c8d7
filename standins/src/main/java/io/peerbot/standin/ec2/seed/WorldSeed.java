package io.peerbot.standin.ec2.seed;

import io.peerbot.standin.ec2.iam.Identities;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Side;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.model.World;
import java.time.Duration;

/**
 * Builds the stand-in's world directly, without API calls (nothing is logged). Each call creates resources at once
 * and returns a handle whose {@code id()} is the generated ID. Example:
 *
 * <pre>{@code
 * RegionSeed east = standIn.seed().account("111122223333").role("peerbot").region("us-east-1");
 * VpcSeed app = east.vpc("app-vpc", "10.0.0.0/16", "10.1.0.0/16").ipv6("2600:1f18:aaaa:bb00::/56")
 *         .tag("peerbot:owner", "U0APPOWNER");
 * SubnetSeed a = app.subnet("app-a", "10.0.1.0/24");
 * SubnetSeed b = app.subnet("app-b", "10.0.2.0/24");
 * app.subnet("app-c", "10.0.3.0/24");                  // stays on the main route table
 * app.routeTable("app-rt-a", a);
 * app.routeTable("app-rt-b", b);
 * SecurityGroupSeed web = app.securityGroup("app-web").ingress("tcp", 443, 443, "10.0.0.0/8", "https");
 * a.instance("app-probe").tag("peerbot:probe", "true").securityGroups(web);
 * }</pre>
 */
public final class WorldSeed {
    private final World world;
    private final Identities identities;

    public WorldSeed(World world, Identities identities) {
        this.world = world;
        this.identities = identities;
    }

    /** An account (12 digits); its user key is made so that {@code credentialsFor} works. */
    public AccountSeed account(String accountId) {
        identities.credentialsFor(accountId);
        return new AccountSeed(world, identities, accountId);
    }

    /**
     * A peering connection that already exists, from {@code requester} to {@code accepter}, in {@code status}
     * ({@link Status#ACTIVE} or {@link Status#PENDING_ACCEPTANCE} are the useful ones).
     */
    public PeeringSeed peering(VpcSeed requester, VpcSeed accepter, Status status) {
        synchronized (world) {
            Side from = side(requester);
            Side to = side(accepter);
            String message = switch (status) {
                case ACTIVE -> "Active";
                case PENDING_ACCEPTANCE -> "Pending Acceptance by " + to.account();
                case PROVISIONING -> "Provisioning";
                default -> status.code();
            };
            StoredPeeringConnection pcx = world.createPeering(from, to, world.now().plus(Duration.ofDays(7)), status,
                    message);
            return new PeeringSeed(pcx);
        }
    }

    private static Side side(VpcSeed vpc) {
        return new Side(vpc.vpc().ownerId(), vpc.vpc().region(), vpc.id());
    }
}
