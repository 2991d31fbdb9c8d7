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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redraws a request's message after a decision: both VPCs and the plan as they are now, who approved
 * or denied, and buttons only while approvals are outstanding.
 */
final class RequestCards {
    private static final Logger log = LoggerFactory.getLogger(RequestCards.class);

    private final Ec2Gateways gateways;
    private final Planner planner;
    private final RequestParties parties;
    private final ChatPort chat;

    RequestCards(Ec2Gateways gateways, Planner planner, RequestParties parties, ChatPort chat) {
        this.gateways = gateways;
        this.planner = planner;
        this.parties = parties;
        this.chat = chat;
    }

    /**
     * Redraws a request no one needs to approve any more (applied, failed): a failure to redraw is logged,
     * since the thread already says what happened.
     */
    void redrawDecided(PeeringRequest request) {
        try {
            VpcSnapshot requester = snapshot(request.requester());
            VpcSnapshot accepter = snapshot(request.accepter());
            RequestParties.Both owners = parties.of(requester, accepter);
            draw(request, requester, accepter, owners.requester(), owners.accepter(), Set.of());
        } catch (RuntimeException e) {
            log.warn("could not redraw the message of {}", request.pcxId(), e);
        }
    }

    void redraw(PeeringRequest request, Owners requesterOwners, Owners accepterOwners, Set<Side> awaiting) {
        draw(request, snapshot(request.requester()), snapshot(request.accepter()), requesterOwners, accepterOwners,
                awaiting);
    }

    private void draw(PeeringRequest request, VpcSnapshot requester, VpcSnapshot accepter, Owners requesterOwners,
                      Owners accepterOwners, Set<Side> awaiting) {
        chat.update(new MessageRef(request.channel(), request.threadTs()),
                new Notice.RequestCard(request, requester, accepter, requesterOwners, accepterOwners,
                        planner.plan(requester, accepter, request.options()), awaiting));
    }

    private VpcSnapshot snapshot(PeeringSide side) {
        return gateways.at(side.location()).snapshot(side.vpcId());
    }
}
