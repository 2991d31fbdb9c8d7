package io.peerbot.application.usecase;

import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Planner;
import io.peerbot.domain.request.PeeringRequest;
import java.util.Set;

/**
 * Redraws a request's message after a decision: both VPCs and the plan as they are now, who approved
 * or denied, and buttons only while approvals are outstanding.
 */
final class RequestCards {
    private final Ec2Gateways gateways;
    private final Planner planner;
    private final ChatPort chat;

    RequestCards(Ec2Gateways gateways, Planner planner, ChatPort chat) {
        this.gateways = gateways;
        this.planner = planner;
        this.chat = chat;
    }

    void redraw(PeeringRequest request, Owners requesterOwners, Owners accepterOwners, Set<Side> awaiting) {
        VpcSnapshot requester = snapshot(request.requester());
        VpcSnapshot accepter = snapshot(request.accepter());
        chat.update(new MessageRef(request.channel(), request.threadTs()),
                new Notice.RequestCard(request, requester, accepter, requesterOwners, accepterOwners,
                        planner.plan(requester, accepter, request.options()), awaiting));
    }

    private VpcSnapshot snapshot(PeeringSide side) {
        return gateways.at(side.location()).snapshot(side.vpcId());
    }
}
