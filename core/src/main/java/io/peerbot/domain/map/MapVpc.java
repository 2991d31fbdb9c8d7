package io.peerbot.domain.map;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A VPC on the map. {@code owners} are the owner entries as written (tag or owners file: user ids or e-mail
 * addresses), {@code ownerIds} the chat users they mean. {@code seen} is false for a VPC known only as the far
 * end of a peering, outside the accounts and regions the bot reads: its name and owners are unknown.
 */
public record MapVpc(String id, Optional<String> name, Location location, List<Cidr> cidrBlocks,
                     List<String> owners, Set<String> ownerIds, boolean seen) {
    public MapVpc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        cidrBlocks = List.copyOf(cidrBlocks);
        owners = List.copyOf(owners);
        ownerIds = Set.copyOf(ownerIds);
    }

    /** Only the id, place and blocks: the far end of a peering in an account or region the bot does not read. */
    public static MapVpc farEnd(String id, Location location, List<Cidr> cidrBlocks) {
        return new MapVpc(id, Optional.empty(), location, cidrBlocks, List.of(), Set.of(), false);
    }

    public String label() {
        return name.orElse(id);
    }

    public boolean ownedBy(String userId) {
        return ownerIds.contains(userId);
    }
}
