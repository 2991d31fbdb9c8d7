package io.peerbot.adapter.picture;

import io.peerbot.domain.map.MapVpc;
import io.peerbot.domain.network.Cidr;
import java.util.List;
import java.util.stream.Collectors;

/** The lines of text in a VPC's box: name, id, CIDR blocks, account and region, owners. */
final class VpcCard {
    private VpcCard() {
    }

    static String title(MapVpc vpc) {
        return vpc.name().orElse(vpc.seen() ? "(no Name)" : "(not read)");
    }

    static List<String> details(MapVpc vpc) {
        String blocks = vpc.cidrBlocks().stream().map(Cidr::toString).collect(Collectors.joining(", "));
        String owners = vpc.seen()
                ? (vpc.owners().isEmpty() ? "no owner" : "owners: " + String.join(", ", vpc.owners()))
                : "outside the accounts read";
        return List.of(vpc.id(), blocks.isEmpty() ? "no CIDR block known" : blocks,
                vpc.location().account() + " · " + vpc.location().region(), owners);
    }
}
