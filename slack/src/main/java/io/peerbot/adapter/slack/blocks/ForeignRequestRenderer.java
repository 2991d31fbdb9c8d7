package io.peerbot.adapter.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import io.peerbot.adapter.slack.actions.ActionIds;
import io.peerbot.application.port.Notice.ForeignPeeringRequest;
import io.peerbot.domain.lifecycle.ConnectionReference;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * The alert for a peering request peerbot did not make: who asks, into which VPC, that peerbot will not accept it,
 * and Reject for the VPC's owners.
 */
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
                + ". peerbot never accepts a request it did not make; if nobody expects it, an owner of the VPC (or an "
                + "admin) can reject it here.";
        String reference = new ConnectionReference(PcxId.of(notice.request().id()), target).encode();
        ButtonElement reject = ButtonElement.builder().actionId(ActionIds.REJECT_FOREIGN).text(plainText("Reject"))
                .style("danger").value(reference)
                .confirm(confirmationDialog(c -> c.title(plainText("Reject this request?"))
                        .text(plainText("peerbot rejects " + notice.request().id() + " in account " + target.account()
                                + ", on your behalf."))
                        .confirm(plainText("Reject")).deny(plainText("Cancel")).style("danger")))
                .build();
        List<LayoutBlock> blocks = new ArrayList<>(BlockKit.sections(text));
        blocks.add(Blocks.actions(ActionIds.FOREIGN_BLOCK, List.of(reject)));
        return List.of(new SlackMessage(Mrkdwn.truncate("Peering request " + notice.request().id()
                + " was not made by peerbot", 200), blocks));
    }
}
