package io.peerbot.sandbox;

import io.peerbot.sandbox.html.Names;
import io.peerbot.standin.slack.SlackChannel;
import io.peerbot.standin.slack.SlackUser;
import io.peerbot.standin.slack.SlackUserGroup;
import io.peerbot.standin.slack.Workspace;

/** Mentions shown with the names the Slack stand-in's workspace knows. */
final class WorkspaceNames implements Names {
    private final Workspace workspace;

    WorkspaceNames(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String user(String userId) {
        return workspace.user(userId).map(SlackUser::name).orElse("");
    }

    @Override
    public String channel(String channelId) {
        return workspace.channel(channelId).map(SlackChannel::name).orElse("");
    }

    @Override
    public String userGroup(String groupId) {
        return workspace.userGroup(groupId).map(SlackUserGroup::handle).orElse("");
    }
}
