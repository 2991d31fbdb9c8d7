package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.StoredNetworkInterface;
import java.util.List;
import java.util.Map;

/**
 * DescribeNetworkInterfaces, with EC2's filters and pagination (MaxResults 5–1000, NextToken). An instance's
 * interface is attached to it; a service's interface (RDS, Lambda, ELB, endpoint …) is requester-managed and
 * attached to the service's account, as AWS returns them.
 */
final class NetworkInterfaceActions {
    private static final FilterSpec<StoredNetworkInterface> FILTERS =
            new FilterSpec<StoredNetworkInterface>(i -> i.tags().asMap())
                    .field("network-interface-id", StoredNetworkInterface::id)
                    .field("vpc-id", StoredNetworkInterface::vpcId)
                    .field("subnet-id", StoredNetworkInterface::subnetId)
                    .field("availability-zone", StoredNetworkInterface::availabilityZone)
                    .field("status", StoredNetworkInterface::status)
                    .field("interface-type", StoredNetworkInterface::interfaceType)
                    .field("requester-id", StoredNetworkInterface::requesterId)
                    .field("requester-managed", i -> String.valueOf(i.requesterManaged()))
                    .field("description", StoredNetworkInterface::description)
                    .field("owner-id", StoredNetworkInterface::ownerId)
                    .field("private-ip-address", StoredNetworkInterface::privateIpAddress)
                    .field("addresses.private-ip-address", StoredNetworkInterface::privateIpAddress)
                    .field("group-id", StoredNetworkInterface::securityGroupIds)
                    .field("attachment.instance-id", i -> i.instance() == null ? null : i.instance().id())
                    .field("attachment.instance-owner-id", StoredNetworkInterface::instanceOwnerId);

    private NetworkInterfaceActions() {
    }

    static void register(Map<String, Ec2Action> actions) {
        actions.put("DescribeNetworkInterfaces", NetworkInterfaceActions::describe);
    }

    private static void describe(Ec2Call call, Xml out) {
        List<StoredNetworkInterface> interfaces = FILTERS.apply(call.selected("NetworkInterfaceId",
                call.here().networkInterfaces(), Ec2Call::networkInterface), call.params());
        Page<StoredNetworkInterface> page = Page.of(interfaces, call.params(), 1000);
        out.list("networkInterfaceSet", page.items(), (x, i) -> networkInterface(call, x, i));
        out.value("nextToken", page.nextToken());
    }

    private static void networkInterface(Ec2Call call, Xml x, StoredNetworkInterface i) {
        x.value("networkInterfaceId", i.id()).value("subnetId", i.subnetId()).value("vpcId", i.vpcId())
                .value("availabilityZone", i.availabilityZone()).value("description", i.description())
                .value("ownerId", i.ownerId()).value("requesterId", i.requesterId())
                .value("requesterManaged", i.requesterManaged()).value("status", i.status())
                .value("privateIpAddress", i.privateIpAddress()).value("sourceDestCheck", true)
                .value("interfaceType", i.interfaceType())
                .list("groupSet", i.securityGroupIds(), (y, id) -> y.value("groupId", id)
                        .value("groupName", call.here().findSecurityGroup(id).map(g -> g.groupName()).orElse(null)));
        x.start("attachment").value("attachmentId", i.id().replace("eni-", "eni-attach-"))
                .value("instanceId", i.instance() == null ? null : i.instance().id())
                .value("instanceOwnerId", i.instanceOwnerId()).value("deviceIndex", i.instance() == null ? 1 : 0)
                .value("status", "attached").value("deleteOnTermination", i.instance() != null).end();
        x.list("privateIpAddressesSet", List.of(i.privateIpAddress()), (y, ip) -> y
                .value("privateIpAddress", ip).value("primary", true));
        Ec2Xml.tagSet(x, i.tags().asMap());
    }
}
