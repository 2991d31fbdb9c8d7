package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.StoredAclEntry;
import io.peerbot.standin.ec2.model.StoredNetworkAcl;
import java.util.List;
import java.util.Map;

/** DescribeNetworkAcls. */
final class NetworkAclActions {
    private static final FilterSpec<StoredNetworkAcl> FILTERS = new FilterSpec<StoredNetworkAcl>(a -> a.tags().asMap())
            .field("network-acl-id", StoredNetworkAcl::id)
            .field("vpc-id", StoredNetworkAcl::vpcId)
            .field("default", StoredNetworkAcl::isDefault)
            .field("owner-id", StoredNetworkAcl::ownerId)
            .field("association.subnet-id", StoredNetworkAcl::subnetIds)
            .field("association.network-acl-id", a -> a.associations().isEmpty() ? null : a.id())
            .field("association.association-id",
                    a -> a.associations().stream().map(StoredNetworkAcl.Association::associationId).toList())
            .field("entry.rule-number", a -> a.entries().stream().map(StoredAclEntry::ruleNumber).toList())
            .field("entry.cidr", a -> a.entries().stream().map(StoredAclEntry::cidrBlock).toList())
            .field("entry.rule-action", a -> a.entries().stream().map(StoredAclEntry::ruleAction).toList());

    private NetworkAclActions() {
    }

    static void register(Map<String, Ec2Action> actions) {
        actions.put("DescribeNetworkAcls", NetworkAclActions::describe);
    }

    private static void describe(Ec2Call call, Xml out) {
        List<StoredNetworkAcl> acls = FILTERS.apply(
                call.selected("NetworkAclId", call.here().networkAcls(), Ec2Call::networkAcl), call.params());
        Page<StoredNetworkAcl> page = Page.of(acls, call.params(), 100);
        out.list("networkAclSet", page.items(), NetworkAclActions::acl);
        out.value("nextToken", page.nextToken());
    }

    private static void acl(Xml x, StoredNetworkAcl a) {
        x.value("networkAclId", a.id()).value("vpcId", a.vpcId()).value("default", a.isDefault())
                .list("entrySet", a.entries(), (y, e) -> {
                    y.value("ruleNumber", e.ruleNumber()).value("protocol", e.protocol())
                            .value("ruleAction", e.ruleAction()).value("egress", e.egress())
                            .value("cidrBlock", e.cidrBlock()).value("ipv6CidrBlock", e.ipv6CidrBlock());
                    if (e.fromPort() != null) {
                        y.start("portRange").value("from", e.fromPort()).value("to", e.toPort()).end();
                    }
                })
                .list("associationSet", a.associations(), (y, s) -> y
                        .value("networkAclAssociationId", s.associationId()).value("networkAclId", a.id())
                        .value("subnetId", s.subnetId()))
                .value("ownerId", a.ownerId());
        Ec2Xml.tagSet(x, a.tags().asMap());
    }
}
