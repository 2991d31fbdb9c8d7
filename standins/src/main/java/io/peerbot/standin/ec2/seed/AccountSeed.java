package io.peerbot.standin.ec2.seed;

import io.peerbot.standin.ec2.AccessKey;
import io.peerbot.standin.ec2.iam.Identities;
import io.peerbot.standin.ec2.model.World;

/** Seeds one account: roles that may be assumed in it, and its regions. */
public final class AccountSeed {
    private final World world;
    private final Identities identities;
    private final String accountId;

    AccountSeed(World world, Identities identities, String accountId) {
        this.world = world;
        this.identities = identities;
        this.accountId = accountId;
    }

    public String id() {
        return accountId;
    }

    /** The long-term key of the account's user {@code peerbot}. */
    public AccessKey credentials() {
        return identities.credentialsFor(accountId);
    }

    /** Lets STS AssumeRole into {@code arn:aws:iam::<account>:role/<roleName>}. */
    public AccountSeed role(String roleName) {
        identities.addRole(accountId, roleName);
        return this;
    }

    public RegionSeed region(String region) {
        return new RegionSeed(world, world.region(accountId, region));
    }
}
