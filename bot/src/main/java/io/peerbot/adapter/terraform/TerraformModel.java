package io.peerbot.adapter.terraform;

import io.peerbot.domain.export.PeeringFootprint;
import io.peerbot.domain.export.RouteMade;
import io.peerbot.domain.export.RuleMade;
import io.peerbot.domain.export.SideFootprint;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the template fills in, one record per kind of block: names and ids already chosen, values as they go in
 * HCL. The template decides the layout; this decides only which resources there are and what they say.
 */
record TerraformModel(String pcxId, List<Provider> providers, Connection connection, List<DnsOption> dnsOptions,
                      List<RouteResource> routes, List<RuleResource> rules) {

    record Provider(String alias, String region, String account) {
    }

    record Connection(String requesterVpc, String accepterVpc, String peerOwnerId, String peerRegion) {
    }

    /** One side's {@code aws_vpc_peering_connection_options}: that side resolves the peer's private DNS names. */
    record DnsOption(String side) {
    }

    record RouteResource(String name, String provider, String routeTableId, String destinationAttribute,
                         String destination) {
        /** Terraform's import id for a route: {@code rtb-…_10.0.0.0/16}. */
        public String importId() {
            return routeTableId + "_" + destination;
        }
    }

    record RuleResource(String name, String provider, String ruleId, String groupId, String protocol,
                        boolean hasPorts, int fromPort, int toPort, String sourceAttribute, String source,
                        String description, List<Tag> tags) {
        public boolean hasDescription() {
            return description != null && !description.isEmpty();
        }

        public boolean hasTags() {
            return !tags.isEmpty();
        }
    }

    record Tag(String key, String value) {
    }

    static TerraformModel of(PeeringFootprint footprint) {
        SideFootprint requester = footprint.requester();
        SideFootprint accepter = footprint.accepter();
        List<Provider> providers = List.of(provider(requester), provider(accepter));
        Connection connection = new Connection(requester.vpcId(), accepter.vpcId(), accepter.location().account(),
                accepter.location().region());
        List<DnsOption> dns = footprint.dnsResolution()
                ? List.of(new DnsOption(alias(Side.REQUESTER)), new DnsOption(alias(Side.ACCEPTER)))
                : List.of();
        List<RouteResource> routes = new ArrayList<>();
        List<RuleResource> rules = new ArrayList<>();
        for (SideFootprint side : List.of(requester, accepter)) {
            side.routes().forEach(r -> routes.add(route(side.side(), r)));
            side.rules().forEach(r -> rules.add(rule(side.side(), r)));
        }
        return new TerraformModel(footprint.pcxId(), providers, connection, dns, routes, rules);
    }

    private static Provider provider(SideFootprint side) {
        return new Provider(alias(side.side()), side.location().region(), side.location().account());
    }

    private static String alias(Side side) {
        return side.name().toLowerCase(Locale.ROOT);
    }

    private static RouteResource route(Side side, RouteMade route) {
        String destination = route.destination().toString();
        return new RouteResource(name(alias(side), route.routeTableId(), destination), alias(side),
                route.routeTableId(), route.destination().ipv6() ? "destination_ipv6_cidr_block"
                        : "destination_cidr_block", destination);
    }

    private static RuleResource rule(Side side, RuleMade made) {
        SecurityRule rule = made.rule();
        if (rule.ruleId() == null || rule.ruleId().isBlank()) {
            throw new IllegalArgumentException("a rule of " + made.groupId() + " has no sgr- id to import");
        }
        Protocol protocol = rule.ports().protocol();
        boolean hasPorts = protocol != Protocol.ALL;
        String sourceAttribute;
        String source;
        if (rule.sourceGroupId() != null) {
            sourceAttribute = "referenced_security_group_id";
            source = rule.sourceGroupId();
        } else {
            sourceAttribute = rule.cidr().ipv6() ? "cidr_ipv6" : "cidr_ipv4";
            source = rule.cidr().toString();
        }
        Map<String, String> sorted = new TreeMap<>(rule.tags());
        List<Tag> tags = sorted.entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList();
        return new RuleResource(name(alias(side), rule.ruleId()), alias(side), rule.ruleId(), made.groupId(),
                protocol == Protocol.ALL ? "-1" : protocol.label(), hasPorts, rule.ports().from(),
                rule.ports().to(), sourceAttribute, source, rule.description(), tags);
    }

    /** A resource name Terraform accepts: letters, digits and underscores, starting with a letter. */
    private static String name(String... parts) {
        return String.join("_", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }
}
