package io.peerbot.standin.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Who and where: {@code auth.test}, {@code users.info}, {@code users.lookupByEmail}, {@code conversations.info}, {@code conversations.open}, {@code usergroups.users.list}. */
final class DirectoryMethods {
    private final Workspace workspace;

    DirectoryMethods(Workspace workspace) {
        this.workspace = workspace;
    }

    void registerWith(WebApi api) {
        api.botMethod("auth.test", r -> authTest())
                .botMethod("users.info", this::usersInfo)
                .botMethod("users.lookupByEmail", this::lookupByEmail)
                .botMethod("conversations.info", this::conversationsInfo)
                .botMethod("conversations.open", this::conversationsOpen)
                .botMethod("usergroups.users.list", this::userGroupMembers);
    }

    private JsonObject authTest() {
        JsonObject o = new JsonObject();
        o.addProperty("url", "https://" + workspace.teamDomain() + ".slack.com/");
        o.addProperty("team", workspace.teamDomain());
        o.addProperty("user", workspace.botUser().name());
        o.addProperty("team_id", workspace.teamId());
        o.addProperty("user_id", workspace.botUser().id());
        o.addProperty("bot_id", workspace.botId());
        o.addProperty("is_enterprise_install", false);
        return o;
    }

    private JsonObject usersInfo(ApiRequest r) throws ApiError {
        SlackUser user = workspace.user(r.arg("user")).orElseThrow(() -> new ApiError("user_not_found"));
        JsonObject o = new JsonObject();
        o.add("user", SlackJson.user(user, workspace));
        return o;
    }

    private JsonObject lookupByEmail(ApiRequest r) throws ApiError {
        SlackUser user = workspace.userByEmail(r.arg("email")).orElseThrow(() -> new ApiError("users_not_found"));
        JsonObject o = new JsonObject();
        o.add("user", SlackJson.user(user, workspace));
        return o;
    }

    private JsonObject conversationsInfo(ApiRequest r) throws ApiError {
        SlackChannel channel = workspace.channel(r.arg("channel"))
                .filter(c -> !c.isPrivate() || c.isMember(workspace.botUser().id()))
                .orElseThrow(() -> new ApiError("channel_not_found"));
        JsonObject o = new JsonObject();
        o.add("channel", SlackJson.channel(channel, workspace));
        return o;
    }

    /** Opens the bot's direct message with one person (several people, a group DM, is not modelled). */
    private JsonObject conversationsOpen(ApiRequest r) throws ApiError {
        String users = r.arg("users");
        if (users == null) {
            throw new ApiError("users_list_not_supplied");
        }
        if (users.contains(",")) {
            throw new ApiError("not_supported");
        }
        SlackUser user = workspace.user(users.trim()).orElseThrow(() -> new ApiError("user_not_found"));
        JsonObject o = new JsonObject();
        o.add("channel", SlackJson.channel(workspace.directMessageWith(user.id()), workspace));
        return o;
    }

    private JsonObject userGroupMembers(ApiRequest r) throws ApiError {
        SlackUserGroup group = workspace.userGroup(r.arg("usergroup")).orElseThrow(() -> new ApiError("no_such_subteam"));
        JsonArray users = new JsonArray();
        group.userIds().forEach(users::add);
        JsonObject o = new JsonObject();
        o.add("users", users);
        return o;
    }
}
