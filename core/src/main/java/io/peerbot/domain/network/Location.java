package io.peerbot.domain.network;

import java.util.Objects;

/** Where a resource lives in AWS: an account and a region. */
public record Location(String account, String region) {
    public Location {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
    }

    @Override
    public String toString() {
        return account + ":" + region;
    }
}
