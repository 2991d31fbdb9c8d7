package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.StoredInstance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DescribeInstances. */
final class InstanceActions {
    private static final FilterSpec<StoredInstance> FILTERS = new FilterSpec<StoredInstance>(i -> i.tags().asMap())
            .field("instance-id", StoredInstance::id)
            .field("vpc-id", StoredInstance::vpcId)
            .field("subnet-id", StoredInstance::subnetId)
            .field("instance-state-name", StoredInstance::state)
            .field("instance-state-code", StoredInstance::stateCode)
            .field("private-ip-address", StoredInstance::privateIpAddress)
            .field("network-interface.addresses.private-ip-address", StoredInstance::privateIpAddress)
            .field("instance.group-id", StoredInstance::securityGroupIds)
            .field("availability-zone", StoredInstance::availabilityZone)
            .field("instance-type", StoredInstance::instanceType)
            .field("image-id", StoredInstance::imageId)
            .field("owner-id", StoredInstance::ownerId)
            .field("reservation-id", StoredInstance::reservationId);

    private InstanceActions() {
    }

    static void register(Map<String, Ec2Action> actions) {
        actions.put("DescribeInstances", InstanceActions::describe);
    }

    private static void describe(Ec2Call call, Xml out) {
        List<StoredInstance> instances = FILTERS.apply(
                call.selected("InstanceId", call.here().instances(), Ec2Call::instance), call.params());
        Page<StoredInstance> page = Page.of(instances, call.params(), 1000);
        Map<String, List<StoredInstance>> reservations = new LinkedHashMap<>();
        page.items().forEach(i -> reservations.computeIfAbsent(i.reservationId(), r -> new ArrayList<>()).add(i));
        out.list("reservationSet", reservations.values(), (x, list) -> x
                .value("reservationId", list.get(0).reservationId()).value("ownerId", list.get(0).ownerId())
                .list("groupSet", List.of(), (y, g) -> { })
                .list("instancesSet", list, (y, i) -> instance(call, y, i)));
        out.value("nextToken", page.nextToken());
    }

    private static void instance(Ec2Call call, Xml x, StoredInstance i) {
        String dnsSuffix = "us-east-1".equals(i.region()) ? ".ec2.internal" : "." + i.region() + ".compute.internal";
        x.value("instanceId", i.id()).value("imageId", i.imageId())
                .start("instanceState").value("code", i.stateCode()).value("name", i.state()).end()
                .value("privateDnsName", "ip-" + i.privateIpAddress().replace('.', '-') + dnsSuffix)
                .value("instanceType", i.instanceType()).value("launchTime", Ec2Xml.time(i.launchTime()))
                .value("platform", i.windows() ? "windows" : null).value("platformDetails", i.platformDetails())
                .start("placement").value("availabilityZone", i.availabilityZone()).value("tenancy", "default").end()
                .value("subnetId", i.subnetId()).value("vpcId", i.vpcId())
                .value("privateIpAddress", i.privateIpAddress())
                .list("groupSet", i.securityGroupIds(), (y, id) -> y.value("groupId", id)
                        .value("groupName", call.here().findSecurityGroup(id).map(g -> g.groupName()).orElse(null)))
                .value("architecture", "x86_64").value("rootDeviceType", "ebs").value("virtualizationType", "hvm")
                .value("hypervisor", "xen");
        Ec2Xml.tagSet(x, i.tags().asMap());
    }
}
