package io.peerbot.standin.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The payloads Slack sends for a typed slash command and for a button click ({@code block_actions}). */
final class Payloads {
    private final Workspace workspace;
    private final TsClock clock;

    Payloads(Workspace workspace, TsClock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Slack sends every slash command field as a string. */
    JsonObject slashCommand(SlackUser user, SlackChannel channel, String command, String text, String responseUrl, String triggerId) {
        JsonObject p = new JsonObject();
        p.addProperty("token", workspace.verificationToken());
        p.addProperty("team_id", workspace.teamId());
        p.addProperty("team_domain", workspace.teamDomain());
        p.addProperty("channel_id", channel.id());
        p.addProperty("channel_name", channel.isIm() ? "directmessage" : channel.name());
        p.addProperty("user_id", user.id());
        p.addProperty("user_name", user.name());
        p.addProperty("command", command);
        p.addProperty("text", text);
        p.addProperty("api_app_id", workspace.appId());
        p.addProperty("is_enterprise_install", "false");
        p.addProperty("response_url", responseUrl);
        p.addProperty("trigger_id", triggerId);
        return p;
    }

    /**
     * A {@code block_actions} payload for a click on {@code button} in {@code message}. Slack leaves the message
     * out when it is ephemeral.
     */
    JsonObject blockActions(SlackUser user, SlackChannel channel, RecordedMessage message, int replyCount, Button button,
                            String responseUrl, String triggerId) {
        JsonObject p = new JsonObject();
        p.addProperty("type", "block_actions");
        JsonObject u = new JsonObject();
        u.addProperty("id", user.id());
        u.addProperty("username", user.name());
        u.addProperty("name", user.name());
        u.addProperty("team_id", workspace.teamId());
        p.add("user", u);
        p.addProperty("api_app_id", workspace.appId());
        p.addProperty("token", workspace.verificationToken());
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", message.ts());
        container.addProperty("channel_id", channel.id());
        container.addProperty("is_ephemeral", message.ephemeral());
        if (message.isReply()) {
            container.addProperty("thread_ts", message.threadTs());
        }
        p.add("container", container);
        p.addProperty("trigger_id", triggerId);
        JsonObject team = new JsonObject();
        team.addProperty("id", workspace.teamId());
        team.addProperty("domain", workspace.teamDomain());
        p.add("team", team);
        p.add("enterprise", null);
        p.addProperty("is_enterprise_install", false);
        JsonObject ch = new JsonObject();
        ch.addProperty("id", channel.id());
        ch.addProperty("name", channel.isIm() ? "directmessage" : channel.name());
        p.add("channel", ch);
        if (!message.ephemeral()) {
            p.add("message", SlackJson.message(message, workspace, replyCount));
        }
        JsonObject state = new JsonObject();
        state.add("values", new JsonObject());
        p.add("state", state);
        p.addProperty("response_url", responseUrl);
        JsonArray actions = new JsonArray();
        actions.add(action(button));
        p.add("actions", actions);
        return p;
    }

    private JsonObject action(Button button) {
        JsonObject a = new JsonObject();
        a.addProperty("action_id", button.actionId());
        a.addProperty("block_id", button.blockId());
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", button.text());
        text.addProperty("emoji", true);
        a.add("text", text);
        if (button.value() != null) {
            a.addProperty("value", button.value());
        }
        if (button.style() != null) {
            a.addProperty("style", button.style());
        }
        a.addProperty("type", "button");
        a.addProperty("action_ts", clock.next());
        return a;
    }

    /**
     * An Events API callback for {@code app_home_opened}: {@code user} opened the app's Home tab in their direct
     * message channel with the app; {@code view} is the Home view they see now, when the app published one.
     */
    JsonObject appHomeOpened(SlackUser user, SlackChannel dm, java.util.Optional<JsonObject> view) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", user.id());
        event.addProperty("channel", dm.id());
        event.addProperty("tab", "home");
        event.addProperty("event_ts", clock.next());
        view.ifPresent(v -> event.add("view", v));
        JsonObject p = new JsonObject();
        p.addProperty("token", workspace.verificationToken());
        p.addProperty("team_id", workspace.teamId());
        p.addProperty("api_app_id", workspace.appId());
        p.add("event", event);
        p.addProperty("type", "event_callback");
        p.addProperty("event_id", "Ev" + Ids.alnum(10));
        p.addProperty("event_time", java.time.Instant.now().getEpochSecond());
        com.google.gson.JsonArray authorizations = new com.google.gson.JsonArray();
        JsonObject bot = new JsonObject();
        bot.add("enterprise_id", null);
        bot.addProperty("team_id", workspace.teamId());
        bot.addProperty("user_id", workspace.botUser().id());
        bot.addProperty("is_bot", true);
        bot.addProperty("is_enterprise_install", false);
        authorizations.add(bot);
        p.add("authorizations", authorizations);
        p.addProperty("is_ext_shared_channel", false);
        p.addProperty("event_context", "4-" + Ids.alnum(40));
        return p;
    }
}
