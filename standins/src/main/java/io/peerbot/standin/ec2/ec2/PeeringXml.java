package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Side;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.model.StoredVpc;
import io.peerbot.standin.ec2.model.World;

/**
 * A peering connection as one side sees it. As in EC2, the accepter's CIDR blocks and both sides' options are shown
 * only once the peering is active, and each side sees only its own tags.
 */
final class PeeringXml {
    private PeeringXml() {
    }

    static void peering(Xml x, StoredPeeringConnection p, Ec2Call call) {
        boolean active = p.status() == Status.ACTIVE;
        x.start("accepterVpcInfo");
        side(x, call.world(), p.accepter(), active, p.accepterAllowsDnsResolutionFromRemoteVpc(), active);
        x.end();
        if (p.status() == Status.PENDING_ACCEPTANCE) {
            x.value("expirationTime", Ec2Xml.time(p.expirationTime()));
        }
        x.start("requesterVpcInfo");
        side(x, call.world(), p.requester(), true, p.requesterAllowsDnsResolutionFromRemoteVpc(), active);
        x.end();
        x.start("status").value("code", p.status().code()).value("message", p.statusMessage()).end();
        Ec2Xml.tagSet(x, p.tagsOf(call.account(), call.region()).asMap());
        x.value("vpcPeeringConnectionId", p.id());
    }

    private static void side(Xml x, World world, Side side, boolean showBlocks, boolean allowDns, boolean showOptions) {
        x.value("ownerId", side.account()).value("vpcId", side.vpcId()).value("region", side.region());
        StoredVpc vpc = world.region(side.account(), side.region()).findVpc(side.vpcId()).orElse(null);
        if (showBlocks && vpc != null) {
            x.value("cidrBlock", vpc.cidrBlock())
                    .list("cidrBlockSet", vpc.cidrBlocks(), (y, c) -> y.value("cidrBlock", c))
                    .list("ipv6CidrBlockSet", vpc.ipv6CidrBlocks(), (y, c) -> y.value("ipv6CidrBlock", c));
        }
        if (showOptions) {
            x.start("peeringOptions").value("allowDnsResolutionFromRemoteVpc", allowDns)
                    .value("allowEgressFromLocalClassicLinkToRemoteVpc", false)
                    .value("allowEgressFromLocalVpcToRemoteClassicLink", false).end();
        }
    }
}
