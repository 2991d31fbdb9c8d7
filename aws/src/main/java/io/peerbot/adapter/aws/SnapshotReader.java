package io.peerbot.adapter.aws;

import static io.peerbot.adapter.aws.AwsErrors.call;
import static io.peerbot.adapter.aws.Ec2Types.filter;
import static io.peerbot.adapter.aws.Ec2Types.tags;
import static io.peerbot.adapter.aws.ParallelDescribes.awaitAll;
import static io.peerbot.adapter.aws.ParallelDescribes.valueOf;

import io.peerbot.application.port.CloudException;
import io.peerbot.domain.network.AclEntry;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Instance;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.NetworkAcl;
import io.peerbot.domain.network.NetworkInterface;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.Subnet;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.NetworkAclAssociation;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAttachment;
import software.amazon.awssdk.services.ec2.model.RouteOrigin;
import software.amazon.awssdk.services.ec2.model.RouteState;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.SubnetIpv6CidrBlockAssociation;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockAssociation;
import software.amazon.awssdk.services.ec2.model.VpcIpv6CidrBlockAssociation;

/**
 * Reads a VPC the way peerbot needs it: one paginated describe per resource kind, filtered by the VPC,
 * so the number of calls does not grow with the number of subnets, tables or groups. The describes of one
 * read are independent of each other (but for a group's rules, which need the group ids) and run side by
 * side, so a read takes about two calls' time instead of seven.
 */
final class SnapshotReader {
    /** EC2 takes at most 200 values in one filter. */
    private static final int FILTER_VALUES = 200;

    private final Ec2Client ec2;
    private final Location location;
    private final ParallelDescribes describes;

    SnapshotReader(Ec2Client ec2, Location location, ParallelDescribes describes) {
        this.ec2 = ec2;
        this.location = location;
        this.describes = describes;
    }

    List<VpcSummary> vpcs(String nameOrId) {
        return call("DescribeVpcs", () -> {
            var pages = nameOrId.matches("vpc-[0-9a-f]+")
                    ? ec2.describeVpcsPaginator(r -> r.filters(filter("vpc-id", nameOrId)))
                    : ec2.describeVpcsPaginator(r -> r.filters(filter("tag:Name", nameOrId)));
            return pages.vpcs().stream().map(this::summary).toList();
        });
    }

    List<VpcSummary> allVpcs() {
        return call("DescribeVpcs", () -> ec2.describeVpcsPaginator(r -> { }).vpcs().stream().map(this::summary).toList());
    }

    /** The describes of a VPC read, each filtered by the VPC, each paced by its own token bucket. */
    static final List<String> DESCRIBES = List.of("DescribeVpcs", "DescribeSecurityGroups", "DescribeSubnets",
            "DescribeRouteTables", "DescribeInstances", "DescribeNetworkAcls", "DescribeNetworkInterfaces");

    CloudException notFound(String vpcId) {
        return new CloudException("DescribeVpcs", "InvalidVpcID.NotFound",
                "VPC " + vpcId + " does not exist in " + location, null);
    }

    /**
     * Reads these VPCs with one describe per resource kind, filtered by all of them, and sorts what came back by
     * VPC; a VPC that does not exist has no entry. Every describe runs, even when one fails, and the failure
     * reported is the one a read in this order would have met first: the VPCs, their groups, subnets, tables,
     * instances, ACLs, network interfaces.
     */
    Map<String, VpcSnapshot> snapshots(List<String> vpcIds) {
        if (vpcIds.isEmpty() || vpcIds.size() > FILTER_VALUES) {
            throw new IllegalArgumentException("a read takes 1 to " + FILTER_VALUES + " VPCs, not " + vpcIds.size());
        }
        CompletableFuture<List<Vpc>> vpcs = describes.start(() -> call("DescribeVpcs",
                () -> ec2.describeVpcsPaginator(r -> r.filters(filter("vpc-id", vpcIds))).vpcs().stream().toList()));
        CompletableFuture<Map<String, List<SecurityGroup>>> groups = describes.start(() -> securityGroups(vpcIds));
        CompletableFuture<Map<String, List<Subnet>>> subnets = describes.start(() -> subnets(vpcIds));
        CompletableFuture<Map<String, List<RouteTable>>> routeTables = describes.start(() -> routeTables(vpcIds));
        CompletableFuture<Map<String, List<Instance>>> instances = describes.start(() -> instances(vpcIds));
        CompletableFuture<Map<String, List<NetworkAcl>>> networkAcls = describes.start(() -> networkAcls(vpcIds));
        CompletableFuture<Map<String, List<NetworkInterface>>> interfaces =
                describes.start(() -> networkInterfaces(vpcIds));
        awaitAll(vpcs, groups, subnets, routeTables, instances, networkAcls, interfaces);
        List<Vpc> found = valueOf(vpcs);
        Map<String, List<SecurityGroup>> securityGroups = valueOf(groups);
        Map<String, VpcSnapshot> snapshots = new LinkedHashMap<>();
        // the other answers are read only for a VPC found: a missing VPC is missing, whatever failed beside it
        for (Vpc vpc : found) {
            String id = vpc.vpcId();
            snapshots.put(id, new VpcSnapshot(id, location, tags(vpc.tags()), cidrBlocks(vpc),
                    valueOf(subnets).getOrDefault(id, List.of()), valueOf(routeTables).getOrDefault(id, List.of()),
                    securityGroups.getOrDefault(id, List.of()), valueOf(instances).getOrDefault(id, List.of()),
                    valueOf(networkAcls).getOrDefault(id, List.of()), valueOf(interfaces).getOrDefault(id, List.of())));
        }
        return snapshots;
    }

    /** What came back, by the VPC each belongs to, in the order EC2 gave them. */
    private static <A, T> Map<String, List<T>> byVpc(Stream<A> found, Function<A, String> vpcOf,
                                                     Function<A, T> toDomain) {
        return found.filter(item -> vpcOf.apply(item) != null).collect(Collectors.groupingBy(vpcOf, LinkedHashMap::new,
                Collectors.mapping(toDomain, Collectors.toList())));
    }

    private VpcSummary summary(Vpc vpc) {
        return new VpcSummary(vpc.vpcId(), location, tags(vpc.tags()), cidrBlocks(vpc));
    }

    private static List<Cidr> cidrBlocks(Vpc vpc) {
        Stream<String> ipv4 = vpc.cidrBlockAssociationSet().stream()
                .filter(a -> a.cidrBlockState() == null || "associated".equals(a.cidrBlockState().stateAsString()))
                .map(VpcCidrBlockAssociation::cidrBlock);
        Stream<String> ipv6 = vpc.ipv6CidrBlockAssociationSet().stream()
                .filter(a -> a.ipv6CidrBlockState() == null
                        || "associated".equals(a.ipv6CidrBlockState().stateAsString()))
                .map(VpcIpv6CidrBlockAssociation::ipv6CidrBlock);
        List<Cidr> blocks = Stream.concat(ipv4, ipv6).filter(Objects::nonNull).distinct().map(Cidr::parse).toList();
        return blocks.isEmpty() && vpc.cidrBlock() != null ? List.of(Cidr.parse(vpc.cidrBlock())) : blocks;
    }

    private Map<String, List<Subnet>> subnets(List<String> vpcIds) {
        return call("DescribeSubnets", () -> byVpc(ec2.describeSubnetsPaginator(
                        r -> r.filters(filter("vpc-id", vpcIds))).subnets().stream(),
                software.amazon.awssdk.services.ec2.model.Subnet::vpcId,
                s -> new Subnet(s.subnetId(), Stream.concat(Stream.ofNullable(s.cidrBlock()),
                                s.ipv6CidrBlockAssociationSet().stream()
                                        .map(SubnetIpv6CidrBlockAssociation::ipv6CidrBlock))
                        .filter(Objects::nonNull).map(Cidr::parse).toList(), s.availabilityZone())));
    }

    private Map<String, List<RouteTable>> routeTables(List<String> vpcIds) {
        return call("DescribeRouteTables", () -> byVpc(ec2.describeRouteTablesPaginator(
                        r -> r.filters(filter("vpc-id", vpcIds))).routeTables().stream(),
                software.amazon.awssdk.services.ec2.model.RouteTable::vpcId,
                t -> new RouteTable(t.routeTableId(),
                        t.associations().stream().anyMatch(a -> Boolean.TRUE.equals(a.main())),
                        t.associations().stream().map(RouteTableAssociation::subnetId).filter(Objects::nonNull)
                                .toList(),
                        t.routes().stream().map(SnapshotReader::route).flatMap(Optional::stream).toList())));
    }

    /** Routes to a prefix list have no CIDR destination and cannot clash with a peer's block; left out. */
    static Optional<Route> route(software.amazon.awssdk.services.ec2.model.Route route) {
        Optional<Cidr> destination = Ec2Types.cidr(route.destinationCidrBlock())
                .or(() -> Ec2Types.cidr(route.destinationIpv6CidrBlock()));
        String target = Stream.of(route.vpcPeeringConnectionId(), route.gatewayId(), route.natGatewayId(),
                        route.transitGatewayId(), route.egressOnlyInternetGatewayId(), route.instanceId(),
                        route.networkInterfaceId(), route.localGatewayId(), route.carrierGatewayId(),
                        route.coreNetworkArn())
                .filter(Objects::nonNull).findFirst().orElse("unknown");
        boolean propagated = route.origin() == RouteOrigin.ENABLE_VGW_ROUTE_PROPAGATION;
        return destination.map(d -> new Route(d, target, route.state() == RouteState.BLACKHOLE, propagated));
    }

    private Map<String, List<SecurityGroup>> securityGroups(List<String> vpcIds) {
        var groups = call("DescribeSecurityGroups", () -> ec2.describeSecurityGroupsPaginator(
                r -> r.filters(filter("vpc-id", vpcIds))).securityGroups().stream().toList());
        Map<String, List<SecurityRule>> ingress = new LinkedHashMap<>();
        Map<String, List<SecurityRule>> egress = new LinkedHashMap<>();
        for (SecurityGroupRule rule : rulesOf(groups.stream().map(g -> g.groupId()).toList())) {
            toDomain(rule).ifPresent(r -> (Boolean.TRUE.equals(rule.isEgress()) ? egress : ingress)
                    .computeIfAbsent(rule.groupId(), g -> new ArrayList<>()).add(r));
        }
        return byVpc(groups.stream(), software.amazon.awssdk.services.ec2.model.SecurityGroup::vpcId,
                g -> new SecurityGroup(g.groupId(), g.groupName(), tags(g.tags()),
                        ingress.getOrDefault(g.groupId(), List.of()), egress.getOrDefault(g.groupId(), List.of())));
    }

    /** The rules of these groups, with their {@code sgr-} ids; one paginated call per 200 groups. */
    List<SecurityGroupRule> rulesOf(List<String> groupIds) {
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (int i = 0; i < groupIds.size(); i += FILTER_VALUES) {
            List<String> chunk = groupIds.subList(i, Math.min(groupIds.size(), i + FILTER_VALUES));
            rules.addAll(call("DescribeSecurityGroupRules", () -> ec2.describeSecurityGroupRulesPaginator(
                    r -> r.filters(filter("group-id", chunk))).securityGroupRules().stream().toList()));
        }
        return rules;
    }

    /** Rules of protocols other than TCP, UDP, ICMP and all traffic are of no concern to a peering. */
    static Optional<SecurityRule> toDomain(SecurityGroupRule rule) {
        Optional<PortRange> ports = Ec2Types.portRange(rule.ipProtocol(), rule.fromPort(), rule.toPort());
        Cidr cidr = Ec2Types.cidr(rule.cidrIpv4()).or(() -> Ec2Types.cidr(rule.cidrIpv6())).orElse(null);
        String sourceGroup = rule.referencedGroupInfo() == null ? null : rule.referencedGroupInfo().groupId();
        return ports.map(p -> new SecurityRule(rule.securityGroupRuleId(), p, cidr, sourceGroup, rule.description(),
                tags(rule.tags())));
    }

    private Map<String, List<Instance>> instances(List<String> vpcIds) {
        return call("DescribeInstances", () -> byVpc(ec2.describeInstancesPaginator(
                        r -> r.filters(filter("vpc-id", vpcIds))).reservations().stream()
                .flatMap(r -> r.instances().stream())
                .filter(i -> i.state() == null || !"terminated".equals(i.state().nameAsString())),
                software.amazon.awssdk.services.ec2.model.Instance::vpcId,
                i -> new Instance(i.instanceId(), i.subnetId(), i.privateIpAddress(),
                        i.state() == null ? "unknown" : i.state().nameAsString(),
                        i.securityGroups().stream().map(GroupIdentifier::groupId).toList(), tags(i.tags()),
                        platform(i))));
    }

    /**
     * Every network interface of the VPC, whatever owns it (instances, RDS, Lambda, load balancers, endpoints …):
     * one paginated describe filtered by the VPC.
     */
    private Map<String, List<NetworkInterface>> networkInterfaces(List<String> vpcIds) {
        return call("DescribeNetworkInterfaces", () -> byVpc(ec2.describeNetworkInterfacesPaginator(
                        r -> r.filters(filter("vpc-id", vpcIds))).networkInterfaces().stream(),
                software.amazon.awssdk.services.ec2.model.NetworkInterface::vpcId,
                SnapshotReader::networkInterface));
    }

    private static NetworkInterface networkInterface(software.amazon.awssdk.services.ec2.model.NetworkInterface eni) {
        NetworkInterfaceAttachment attachment = eni.attachment();
        String instanceId = attachment == null ? null : attachment.instanceId();
        return new NetworkInterface(eni.networkInterfaceId(), eni.subnetId(), eni.privateIpAddress(),
                eni.statusAsString(), eni.groups().stream().map(GroupIdentifier::groupId).toList(),
                eni.interfaceTypeAsString(), eni.requesterId(), Boolean.TRUE.equals(eni.requesterManaged()),
                instanceId, eni.description(), tags(eni.tagSet()));
    }

    /** EC2's platform details ("Linux/UNIX", "Windows" …), else "windows" from the older platform field. */
    private static String platform(software.amazon.awssdk.services.ec2.model.Instance instance) {
        if (instance.platformDetails() != null) {
            return instance.platformDetails();
        }
        return instance.platform() == null ? "" : instance.platformAsString();
    }

    private Map<String, List<NetworkAcl>> networkAcls(List<String> vpcIds) {
        return call("DescribeNetworkAcls", () -> byVpc(ec2.describeNetworkAclsPaginator(
                        r -> r.filters(filter("vpc-id", vpcIds))).networkAcls().stream(),
                software.amazon.awssdk.services.ec2.model.NetworkAcl::vpcId,
                a -> new NetworkAcl(a.networkAclId(), Boolean.TRUE.equals(a.isDefault()),
                        a.associations().stream().map(NetworkAclAssociation::subnetId).filter(Objects::nonNull)
                                .toList(),
                        a.entries().stream().map(SnapshotReader::aclEntry).flatMap(Optional::stream).toList())));
    }

    private static Optional<AclEntry> aclEntry(NetworkAclEntry entry) {
        Integer from = entry.portRange() != null ? entry.portRange().from()
                : entry.icmpTypeCode() != null ? entry.icmpTypeCode().type() : null;
        Integer to = entry.portRange() != null ? entry.portRange().to()
                : entry.icmpTypeCode() != null ? entry.icmpTypeCode().code() : null;
        Optional<Cidr> cidr = Ec2Types.cidr(entry.cidrBlock()).or(() -> Ec2Types.cidr(entry.ipv6CidrBlock()));
        return Ec2Types.portRange(entry.protocol(), from, to).flatMap(ports -> cidr.map(c ->
                new AclEntry(entry.ruleNumber(), Boolean.TRUE.equals(entry.egress()), ports, c,
                        "allow".equals(entry.ruleActionAsString()))));
    }
}
