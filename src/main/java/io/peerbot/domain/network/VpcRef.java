package io.peerbot.domain.network;

import java.util.Optional;

/**
 * How a person names a VPC: {@code vpc-0a1b2c3d}, a {@code Name} tag, or qualified as
 * {@code [account:][region:]name-or-id} (e.g. {@code 222233334444:eu-west-1:billing}).
 */
public record VpcRef(Optional<String> account, Optional<String> region, String nameOrId) {

    /** @throws IllegalArgumentException with a message saying what is wrong */
    public static VpcRef parse(String text) {
        throw new UnsupportedOperationException("not built yet");
    }

    public boolean isId() {
        return nameOrId.startsWith("vpc-");
    }

    @Override
    public String toString() {
        return account.map(a -> a + ":").orElse("") + region.map(r -> r + ":").orElse("") + nameOrId;
    }
}
