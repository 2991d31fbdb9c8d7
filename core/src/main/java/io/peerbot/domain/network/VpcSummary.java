package io.peerbot.domain.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A VPC as listed by a look-up: enough to resolve a reference and to list candidates. */
public record VpcSummary(String id, Location location, Map<String, String> tags, List<Cidr> cidrBlocks) {
    public VpcSummary {
        tags = Map.copyOf(tags);
        cidrBlocks = List.copyOf(cidrBlocks);
    }

    public Optional<String> name() {
        return Optional.ofNullable(tags.get("Name"));
    }

    public String displayName() {
        return name().map(n -> n + " (" + id + ")").orElse(id);
    }
}
