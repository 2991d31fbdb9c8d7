package io.peerbot.domain.policy;

import io.peerbot.domain.network.VpcSnapshot;
import java.util.Map;
import java.util.Objects;

/** What a policy may know of one VPC: its id, {@code Name} tag (empty without one), account, region and tags. */
public record VpcFacts(String id, String name, String account, String region, Map<String, String> tags) {
    public VpcFacts {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        tags = Map.copyOf(tags);
    }

    public static VpcFacts of(VpcSnapshot vpc) {
        return new VpcFacts(vpc.id(), vpc.name().orElse(""), vpc.location().account(), vpc.location().region(),
                vpc.tags());
    }
}
