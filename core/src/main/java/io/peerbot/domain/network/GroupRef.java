package io.peerbot.domain.network;

import java.util.Objects;

/** A security group named across accounts, as a rule's source: {@code 111122223333/sg-0a1b2c3d}. */
public record GroupRef(String account, String groupId) {
    public GroupRef {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(groupId, "groupId");
    }

    @Override
    public String toString() {
        return account + "/" + groupId;
    }
}
