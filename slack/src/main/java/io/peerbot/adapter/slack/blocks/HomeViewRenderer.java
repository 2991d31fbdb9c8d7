package io.peerbot.adapter.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.ImageBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.SlackFileObject;
import com.slack.api.model.view.View;
import io.peerbot.application.port.HomeTab;
import io.peerbot.domain.map.MapView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bot's Home tab as a {@code home} view: the network map (an image block showing the uploaded picture by its
 * file id, as Slack documents for files it hosts), then each of the person's VPCs and what it reaches directly.
 * At most {@link #MAX_BLOCKS} blocks, Slack's limit for a view.
 */
public final class HomeViewRenderer {
    public static final int MAX_BLOCKS = 100;

    /** @param pictureFileId the uploaded picture's Slack file id; empty when there is no picture */
    public View render(HomeTab home, Optional<String> pictureFileId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Your network"));
        if (pictureFileId.isPresent()) {
            blocks.add(ImageBlock.builder().slackFile(SlackFileObject.builder().id(pictureFileId.get()).build())
                    .altText(altText(home.pictured())).title(plainText("VPCs and peerings")).build());
            blocks.add(BlockKit.context(MapWords.overview(home.pictured())));
        } else if (home.vpcs() == 0) {
            blocks.add(BlockKit.section("peerbot sees no VPC yet in the accounts and regions it reads."));
        } else {
            blocks.add(BlockKit.section("The network has " + home.vpcs() + " VPCs, too many for one picture. "
                    + "Type `/peer map <account>` or `/peer map <vpc>` in a channel for a part of it."));
        }
        blocks.add(Blocks.divider());
        if (home.owned().isEmpty()) {
            blocks.add(BlockKit.section("You own no VPC that peerbot can see. Owners come from a VPC's "
                    + "`peerbot:owner` tag or the owners file."));
        } else {
            blocks.add(BlockKit.header("Your VPCs (" + (home.owned().size() + home.moreOwned()) + ")"));
            for (MapView around : home.owned()) {
                List<LayoutBlock> part = BlockKit.sections(MapWords.around(around));
                if (blocks.size() + part.size() + 1 > MAX_BLOCKS) {
                    break;
                }
                blocks.addAll(part);
            }
            if (home.moreOwned() > 0) {
                blocks.add(BlockKit.context("… and " + home.moreOwned() + " more of yours: `/peer map <vpc>` shows "
                        + "one."));
            }
        }
        return View.builder().type("home").blocks(blocks.subList(0, Math.min(blocks.size(), MAX_BLOCKS))).build();
    }

    private static String altText(MapView view) {
        return "Map of " + view.vpcs().size() + " VPCs and " + view.peerings().size() + " peerings";
    }
}
