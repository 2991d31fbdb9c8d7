package io.peerbot.domain;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Instance;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.NetworkInterface;
import io.peerbot.domain.network.ResourceTags;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.Subnet;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link VpcSnapshot}s for tests in a few lines:
 * <pre>
 * VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").name("app-vpc").cidr("10.0.0.0/16")
 *         .subnet("subnet-0aaa0001", "10.0.1.0/24")
 *         .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001")
 *         .build();
 * </pre>
 * Every VPC has a main route table, {@code rtb-} plus the VPC id's suffix unless {@link Builder#mainTable}
 * names it; every table gets a {@code local} route per VPC block. Groups an instance names are created
 * when not declared.
 */
public final class Vpcs {
    public static final Location HERE = new Location("111122223333", "eu-west-1");
    public static final Location THERE = new Location("222233334444", "us-east-1");

    private Vpcs() {
    }

    public static Builder vpc(String id) {
        return new Builder(id);
    }

    public static Cidr cidr(String text) {
        return Cidr.parse(text);
    }

    /** The main table {@link Builder#build} creates when none is named. */
    public static String mainTableOf(String vpcId) {
        return vpcId.replace("vpc-", "rtb-");
    }

    /** An ingress rule from a block, e.g. {@code rule("tcp:5432", "10.1.0.0/16")}. */
    public static SecurityRule rule(String ports, String cidr) {
        return new SecurityRule("sgr-" + Integer.toHexString((ports + cidr).hashCode()), PortList.parse(ports).get(0),
                Cidr.parse(cidr), null, "");
    }

    /** An ingress rule from another group. */
    public static SecurityRule groupRule(String ports, String sourceGroupId) {
        return new SecurityRule("sgr-" + Integer.toHexString((ports + sourceGroupId).hashCode()),
                PortList.parse(ports).get(0), null, sourceGroupId, "");
    }

    public static PeeringConnection peering(String id, VpcSnapshot requester, VpcSnapshot accepter,
                                            PeeringStatus status) {
        return peering(id, requester, accepter, status, Map.of());
    }

    public static PeeringConnection peering(String id, VpcSnapshot requester, VpcSnapshot accepter,
                                            PeeringStatus status, Map<String, String> tags) {
        return new PeeringConnection(id, side(requester), side(accepter), status, status.code(), tags);
    }

    public static PeeringSide side(VpcSnapshot vpc) {
        return new PeeringSide(vpc.id(), vpc.location(), vpc.ipv4Blocks());
    }

    public static final class Builder {
        private final String id;
        private Location location = HERE;
        private final Map<String, String> tags = new LinkedHashMap<>();
        private final List<Cidr> blocks = new ArrayList<>();
        private final List<Subnet> subnets = new ArrayList<>();
        private String mainTable;
        private final Map<String, List<String>> tableSubnets = new LinkedHashMap<>();
        private final Map<String, List<Route>> tableRoutes = new LinkedHashMap<>();
        private final Map<String, SecurityGroup> groups = new LinkedHashMap<>();
        private final List<Instance> instances = new ArrayList<>();
        private final List<NetworkInterface> interfaces = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
            this.mainTable = mainTableOf(id);
        }

        public Builder name(String name) {
            return tag("Name", name);
        }

        public Builder tag(String key, String value) {
            tags.put(key, value);
            return this;
        }

        public Builder in(Location where) {
            this.location = where;
            return this;
        }

        /** Associated blocks, IPv4 or IPv6, primary first. */
        public Builder cidr(String... cidrs) {
            Arrays.stream(cidrs).map(Cidr::parse).forEach(blocks::add);
            return this;
        }

        public Builder subnet(String subnetId, String... cidrs) {
            subnets.add(new Subnet(subnetId, Arrays.stream(cidrs).map(Cidr::parse).toList(), location.region() + "a"));
            return this;
        }

        /** Names the main table, optionally with explicit associations. */
        public Builder mainTable(String tableId, String... subnetIds) {
            mainTable = tableId;
            return table(tableId, subnetIds);
        }

        /** A route table explicitly associated with these subnets. */
        public Builder table(String tableId, String... subnetIds) {
            tableSubnets.computeIfAbsent(tableId, t -> new ArrayList<>()).addAll(List.of(subnetIds));
            tableRoutes.computeIfAbsent(tableId, t -> new ArrayList<>());
            return this;
        }

        /** A route besides the local ones, e.g. {@code route("rtb-0a", "0.0.0.0/0", "igw-0a")}. */
        public Builder route(String tableId, String destination, String target) {
            table(tableId);
            tableRoutes.get(tableId).add(new Route(Cidr.parse(destination), target, false));
            return this;
        }

        /** A route put there by propagation from a virtual private gateway, e.g. a VPN's. */
        public Builder propagatedRoute(String tableId, String destination, String target) {
            table(tableId);
            tableRoutes.get(tableId).add(new Route(Cidr.parse(destination), target, false, true));
            return this;
        }

        /** {@code n} routes to distinct 172.16.x.0/24 blocks through a gateway: fills a table up to a quota. */
        public Builder routes(String tableId, int n) {
            for (int i = 0; i < n; i++) {
                route(tableId, "172.16." + i + ".0/24", "tgw-0fill000");
            }
            return this;
        }

        public Builder group(String groupId, SecurityRule... ingress) {
            groups.put(groupId, new SecurityGroup(groupId, groupId, Map.of(), List.of(ingress), List.of()));
            return this;
        }

        /** A group tagged {@code peerbot:group}: opened instead of the instances' groups. */
        public Builder taggedGroup(String groupId, SecurityRule... ingress) {
            groups.put(groupId, new SecurityGroup(groupId, groupId, Map.of(ResourceTags.GROUP, "true"),
                    List.of(ingress), List.of()));
            return this;
        }

        public Builder instance(String instanceId, String subnetId, String... groupIds) {
            return instanceIn("running", instanceId, subnetId, groupIds);
        }

        public Builder instanceIn(String state, String instanceId, String subnetId, String... groupIds) {
            Subnet subnet = subnets.stream().filter(s -> s.id().equals(subnetId)).findFirst().orElseThrow(
                    () -> new IllegalStateException("declare " + subnetId + " before its instances"));
            String ip = subnet.cidrBlocks().get(0).toString().replaceAll("\\.0/\\d+$", "." + (10 + instances.size()));
            instances.add(new Instance(instanceId, subnetId, ip, state, List.of(groupIds), Map.of()));
            if (!state.equals("terminated") && !state.equals("shutting-down")) {
                interfaces.add(new NetworkInterface(instanceId.replace("i-", "eni-"), subnetId, ip, "in-use",
                        List.of(groupIds), "interface", null, false, instanceId, "", Map.of()));
            }
            for (String groupId : groupIds) {
                groups.putIfAbsent(groupId, new SecurityGroup(groupId, groupId, Map.of(), List.of(), List.of()));
            }
            return this;
        }

        /** A database's interface as RDS makes it: requester amazon-rds, no instance, "RDSNetworkInterface". */
        public Builder rds(String eniId, String subnetId, String name, String... groupIds) {
            return managedInterface(eniId, subnetId, "interface", "amazon-rds", "RDSNetworkInterface",
                    Map.of("Name", name), groupIds);
        }

        /** An interface made by an AWS service (Lambda, ELB, endpoint …) with EC2's fields as AWS returns them. */
        public Builder managedInterface(String eniId, String subnetId, String type, String requesterId,
                                        String description, Map<String, String> tags, String... groupIds) {
            Subnet subnet = subnets.stream().filter(s -> s.id().equals(subnetId)).findFirst().orElseThrow(
                    () -> new IllegalStateException("declare " + subnetId + " before its interfaces"));
            String ip = subnet.cidrBlocks().get(0).toString()
                    .replaceAll("\\.0/\\d+$", "." + (100 + interfaces.size()));
            interfaces.add(new NetworkInterface(eniId, subnetId, ip, "in-use", List.of(groupIds), type, requesterId,
                    true, null, description, tags));
            for (String groupId : groupIds) {
                groups.putIfAbsent(groupId, new SecurityGroup(groupId, groupId, Map.of(), List.of(), List.of()));
            }
            return this;
        }

        public VpcSnapshot build() {
            table(mainTable);
            List<RouteTable> tables = new ArrayList<>();
            tableSubnets.forEach((tableId, associated) -> {
                List<Route> routes = new ArrayList<>();
                blocks.forEach(b -> routes.add(new Route(b, "local", false)));
                routes.addAll(tableRoutes.get(tableId));
                tables.add(new RouteTable(tableId, tableId.equals(mainTable), associated, routes));
            });
            return new VpcSnapshot(id, location, tags, blocks, subnets, tables, List.copyOf(groups.values()),
                    instances, List.of(), interfaces);
        }
    }
}
