package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice.ForeignPeeringRequest;
import io.peerbot.domain.network.Location;
import java.util.List;

/** The alert for a peering request peerbot did not make: who asks, into which VPC, and that peerbot will not accept. */
final class ForeignRequestRenderer {
    private static final int MAX_OWNERS = 10;

    List<SlackMessage> render(ForeignPeeringRequest notice) {
        Location requester = notice.request().requester().location();
        Location target = notice.request().accepter().location();
        String who = notice.insideOrganisation()
                ? "account " + Mrkdwn.code(requester.account()) + " (inside the organisation)"
                : "account " + Mrkdwn.code(requester.account()) + " (*outside the organisation*)";
        String owners = notice.targetOwners().isEmpty()
                ? "no owner is known for it"
                : "its owners: " + Mrkdwn.mentions(notice.targetOwners().userIds(), MAX_OWNERS);
        String text = ":warning: Peering request " + Mrkdwn.code(notice.request().id()) + " was not made by peerbot: "
                + who + " asks to peer " + Mrkdwn.code(notice.request().requester().vpcId()) + " ("
                + Mrkdwn.escape(requester.region()) + ") with VPC " + Mrkdwn.escape(notice.targetVpcName())
                + " in " + Mrkdwn.code(target.toString()) + ".\n" + owners
                + ". peerbot never accepts a request it did not make; if nobody expects it, reject it in AWS.";
        return TextRenderer.messages(text);
    }
}
