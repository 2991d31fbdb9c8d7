package io.peerbot.sandbox;

import io.peerbot.sandbox.html.BlockKitHtml;
import io.peerbot.sandbox.html.MrkdwnHtml;
import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.SlackStandIn;
import java.util.Optional;

/** The bot's Home tab as one person sees it: opening it, and the view the bot last published for them. */
final class HomeTabView {
    private final SlackStandIn slack;
    private final BlockKitHtml blocks;

    HomeTabView(SlackStandIn slack) {
        this.slack = slack;
        this.blocks = new BlockKitHtml(new MrkdwnHtml(new WorkspaceNames(slack.workspace())));
    }

    /** The person opens the tab: Slack tells the bot ({@code app_home_opened}). */
    Envelope open(String userId) {
        requirePerson(userId);
        return slack.openHome(userId);
    }

    /** The Home view's HTML for {@code userId}; empty before the bot published one. */
    Optional<String> html(String userId) {
        requirePerson(userId);
        return slack.homeView(userId).map(v -> blocks.render(v.getAsJsonArray("blocks").toString(), null).html());
    }

    private void requirePerson(String userId) {
        if (userId == null || slack.workspace().user(userId).isEmpty()
                || userId.equals(slack.workspace().botUser().id())) {
            throw new PageActionRefused(400, "unknown person '" + userId + "'");
        }
    }
}
