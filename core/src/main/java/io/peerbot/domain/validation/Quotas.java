package io.peerbot.domain.validation;

/** EC2's limits that a peering must stay within; the defaults are AWS's default quotas. */
public record Quotas(int activePeeringsPerVpc, int pendingPeeringsPerVpc, int routesPerTable, int rulesPerGroup) {
    public static Quotas awsDefaults() {
        return new Quotas(50, 25, 50, 60);
    }
}
