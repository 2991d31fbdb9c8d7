package io.peerbot.application.port;

import io.peerbot.domain.network.Location;

/** EC2 per account and region: the bot's own, or reached by assuming a role. One gateway each, reused. */
public interface Ec2Gateways {
    /** The account and region of the bot's own credentials. */
    Location home();

    Ec2Gateway at(Location location);

    /**
     * Whether an account is outside the organisation: neither the bot's own nor one it is allowed to act in
     * ({@code PEERBOT_ACCOUNTS}). Asking makes no call that acts in that account.
     */
    default boolean foreign(String account) {
        return false;
    }

    /**
     * EC2 at {@code location} on behalf of {@code caller}: where the adapter assumes a role, the session names the
     * person and the change, so AWS's own audit trail says who asked. Without such an adapter, {@link #at(Location)}.
     */
    default Ec2Gateway at(Location location, Caller caller) {
        return at(location);
    }
}
