package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.StoredCidrAssociation;
import io.peerbot.standin.ec2.model.StoredSubnet;
import io.peerbot.standin.ec2.model.StoredVpc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DescribeVpcs, DescribeSubnets, DescribeAccountAttributes. */
final class VpcActions {
    private static final FilterSpec<StoredVpc> VPC_FILTERS = new FilterSpec<StoredVpc>(v -> v.tags().asMap())
            .field("vpc-id", StoredVpc::id)
            .field("cidr", StoredVpc::cidrBlock)
            .field("cidr-block-association.cidr-block", StoredVpc::cidrBlocks)
            .field("cidr-block-association.association-id",
                    v -> v.cidrAssociations().stream().map(StoredCidrAssociation::associationId).toList())
            .field("cidr-block-association.state", v -> "associated")
            .field("ipv6-cidr-block-association.ipv6-cidr-block", StoredVpc::ipv6CidrBlocks)
            .field("ipv6-cidr-block-association.association-id",
                    v -> v.ipv6Associations().stream().map(StoredCidrAssociation::associationId).toList())
            .field("owner-id", StoredVpc::ownerId)
            .field("state", v -> "available")
            .field("is-default", v -> false)
            .field("dhcp-options-id", StoredVpc::dhcpOptionsId);

    private static final FilterSpec<StoredSubnet> SUBNET_FILTERS = new FilterSpec<StoredSubnet>(s -> s.tags().asMap())
            .field("subnet-id", StoredSubnet::id)
            .field("vpc-id", StoredSubnet::vpcId)
            .field("cidr-block", StoredSubnet::cidrBlock)
            .field("cidr", StoredSubnet::cidrBlock)
            .field("cidrBlock", StoredSubnet::cidrBlock)
            .field("ipv6-cidr-block-association.ipv6-cidr-block", StoredSubnet::ipv6CidrBlock)
            .field("availability-zone", StoredSubnet::availabilityZone)
            .field("owner-id", StoredSubnet::ownerId)
            .field("state", s -> "available")
            .field("default-for-az", s -> false);

    private VpcActions() {
    }

    static void register(Map<String, Ec2Action> actions) {
        actions.put("DescribeVpcs", VpcActions::describeVpcs);
        actions.put("DescribeSubnets", VpcActions::describeSubnets);
        actions.put("DescribeAccountAttributes", VpcActions::describeAccountAttributes);
    }

    private static void describeVpcs(Ec2Call call, Xml out) {
        List<StoredVpc> vpcs = VPC_FILTERS.apply(call.selected("VpcId", call.here().vpcs(), Ec2Call::vpc), call.params());
        Page<StoredVpc> page = Page.of(vpcs, call.params(), 1000);
        out.list("vpcSet", page.items(), VpcActions::vpc);
        out.value("nextToken", page.nextToken());
    }

    static void vpc(Xml x, StoredVpc v) {
        x.value("vpcId", v.id()).value("ownerId", v.ownerId()).value("state", "available")
                .value("cidrBlock", v.cidrBlock())
                .list("cidrBlockAssociationSet", v.cidrAssociations(), (y, a) -> y
                        .value("associationId", a.associationId()).value("cidrBlock", a.cidrBlock())
                        .start("cidrBlockState").value("state", "associated").end())
                .list("ipv6CidrBlockAssociationSet", v.ipv6Associations(), (y, a) -> y
                        .value("associationId", a.associationId()).value("ipv6CidrBlock", a.cidrBlock())
                        .start("ipv6CidrBlockState").value("state", "associated").end()
                        .value("networkBorderGroup", v.region()).value("ipv6Pool", "Amazon"))
                .value("dhcpOptionsId", v.dhcpOptionsId()).value("instanceTenancy", "default")
                .value("isDefault", false);
        Ec2Xml.tagSet(x, v.tags().asMap());
    }

    private static void describeSubnets(Ec2Call call, Xml out) {
        List<StoredSubnet> subnets = SUBNET_FILTERS.apply(
                call.selected("SubnetId", call.here().subnets(), Ec2Call::subnet), call.params());
        Page<StoredSubnet> page = Page.of(subnets, call.params(), 1000);
        out.list("subnetSet", page.items(), VpcActions::subnet);
        out.value("nextToken", page.nextToken());
    }

    private static void subnet(Xml x, StoredSubnet s) {
        int prefix = Integer.parseInt(s.cidrBlock().substring(s.cidrBlock().indexOf('/') + 1));
        x.value("subnetId", s.id()).value("subnetArn", "arn:aws:ec2:" + s.region() + ":" + s.ownerId() + ":subnet/"
                        + s.id())
                .value("state", "available").value("vpcId", s.vpcId()).value("ownerId", s.ownerId())
                .value("cidrBlock", s.cidrBlock())
                .value("availableIpAddressCount", (1 << (32 - prefix)) - 5)
                .value("availabilityZone", s.availabilityZone())
                .value("availabilityZoneId", s.region().substring(0, 3) + "-az" + s.availabilityZone()
                        .charAt(s.availabilityZone().length() - 1))
                .value("defaultForAz", false).value("mapPublicIpOnLaunch", false)
                .value("assignIpv6AddressOnCreation", false)
                .list("ipv6CidrBlockAssociationSet", s.ipv6() == null ? List.of() : List.of(s.ipv6()), (y, a) -> y
                        .value("associationId", a.associationId()).value("ipv6CidrBlock", a.cidrBlock())
                        .start("ipv6CidrBlockState").value("state", "associated").end());
        Ec2Xml.tagSet(x, s.tags().asMap());
    }

    private static void describeAccountAttributes(Ec2Call call, Xml out) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("supported-platforms", List.of("VPC"));
        attributes.put("default-vpc", List.of("none"));
        attributes.put("max-instances", List.of("20"));
        attributes.put("vpc-max-security-groups-per-interface", List.of("5"));
        attributes.put("max-elastic-ips", List.of("5"));
        attributes.put("vpc-max-elastic-ips", List.of("5"));
        List<String> wanted = call.params().list("AttributeName");
        out.list("accountAttributeSet", attributes.entrySet().stream()
                .filter(e -> wanted.isEmpty() || wanted.contains(e.getKey())).toList(), (x, e) -> x
                .value("attributeName", e.getKey())
                .list("attributeValueSet", e.getValue(), (y, v) -> y.value("attributeValue", v)));
    }
}
