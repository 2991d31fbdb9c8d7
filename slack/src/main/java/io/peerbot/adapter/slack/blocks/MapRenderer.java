package io.peerbot.adapter.slack.blocks;

import static io.peerbot.adapter.slack.blocks.Mrkdwn.code;

import io.peerbot.application.port.Notice.MapNotDrawn;
import io.peerbot.application.port.Notice.MapShown;
import io.peerbot.domain.network.Location;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /peer map}: the words next to the picture, or why no picture was drawn. */
final class MapRenderer {
    List<SlackMessage> render(MapShown notice) {
        String head = Mrkdwn.mention(notice.requestedBy()) + " asked for the network map.\n";
        return TextRenderer.messages(head + (notice.view().focus().isPresent() ? MapWords.around(notice.view())
                : MapWords.overview(notice.view())));
    }

    List<SlackMessage> render(MapNotDrawn notice) {
        String where = notice.searched().stream().map(Location::toString).map(Mrkdwn::code)
                .collect(Collectors.joining(", "));
        return TextRenderer.messages(switch (notice.why()) {
            case NO_VPCS -> "No map: peerbot sees no VPC in " + where + ". Check that its role may call "
                    + "`ec2:DescribeVpcs` there (`peerbot doctor`), and list other accounts and regions to read in "
                    + "`PEERBOT_WATCH`.";
            case UNKNOWN_ACCOUNT -> "No map of account " + code(notice.asked()) + ": peerbot sees no VPC of it in "
                    + where + ". Name one of those accounts, or ask an admin to add its regions to `PEERBOT_WATCH`.";
            case TOO_MANY -> "No map of " + code(notice.asked()) + ": it has " + notice.vpcs() + " VPCs, and one "
                    + "picture shows at most " + notice.limit() + " readably. Narrow it to one account "
                    + "(`/peer map 111122223333`) or one VPC (`/peer map <vpc>`).";
        });
    }
}
