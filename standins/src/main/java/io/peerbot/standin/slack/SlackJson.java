package io.peerbot.standin.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Slack's JSON shapes for users, conversations and messages, as the Web API and payloads carry them. */
final class SlackJson {
    private static final long CREATED = 1_700_000_000L;

    private SlackJson() {
    }

    static JsonObject ok() {
        JsonObject o = new JsonObject();
        o.addProperty("ok", true);
        return o;
    }

    static JsonObject user(SlackUser u, Workspace ws) {
        boolean bot = u.id().equals(ws.botUser().id());
        JsonObject profile = new JsonObject();
        profile.addProperty("real_name", u.realName());
        profile.addProperty("real_name_normalized", u.realName());
        profile.addProperty("display_name", u.name());
        profile.addProperty("display_name_normalized", u.name());
        if (u.email() != null && !bot) {
            profile.addProperty("email", u.email());
        }
        if (bot) {
            profile.addProperty("bot_id", ws.botId());
            profile.addProperty("api_app_id", ws.appId());
        }
        profile.addProperty("team", ws.teamId());

        JsonObject o = new JsonObject();
        o.addProperty("id", u.id());
        o.addProperty("team_id", ws.teamId());
        o.addProperty("name", u.name());
        o.addProperty("deleted", false);
        o.addProperty("real_name", u.realName());
        o.addProperty("tz", "Etc/UTC");
        o.addProperty("tz_label", "Coordinated Universal Time");
        o.addProperty("tz_offset", 0);
        o.add("profile", profile);
        o.addProperty("is_admin", false);
        o.addProperty("is_owner", false);
        o.addProperty("is_bot", bot);
        o.addProperty("is_app_user", false);
        o.addProperty("updated", CREATED);
        return o;
    }

    static JsonObject channel(SlackChannel c, Workspace ws) {
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        if (c.isIm()) {
            o.addProperty("is_im", true);
            o.addProperty("user", c.members().stream().filter(m -> !m.equals(ws.botUser().id())).findFirst().orElse(null));
        } else {
            o.addProperty("name", c.name());
            o.addProperty("name_normalized", c.name());
            o.addProperty("is_channel", true);
            o.addProperty("is_group", false);
            o.addProperty("is_im", false);
            o.addProperty("is_private", c.isPrivate());
            o.addProperty("is_archived", false);
            o.addProperty("is_general", false);
            o.addProperty("is_member", c.isMember(ws.botUser().id()));
            o.addProperty("num_members", c.members().size());
        }
        o.addProperty("created", CREATED);
        return o;
    }

    static JsonObject message(RecordedMessage m, Workspace ws, int replyCount) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "message");
        o.addProperty("user", m.user());
        o.addProperty("bot_id", ws.botId());
        o.addProperty("app_id", ws.appId());
        o.addProperty("text", m.text());
        o.addProperty("ts", m.ts());
        o.addProperty("team", ws.teamId());
        o.add("blocks", JsonParser.parseString(m.blocksJson()));
        if (m.threadTs() != null) {
            o.addProperty("thread_ts", m.threadTs());
            if (m.isReply()) {
                o.addProperty("parent_user_id", m.user());
            }
        } else if (replyCount > 0) {
            o.addProperty("thread_ts", m.ts());
        }
        if (replyCount > 0) {
            o.addProperty("reply_count", replyCount);
        }
        if (m.replyBroadcast()) {
            o.addProperty("subtype", "thread_broadcast");
        }
        if (m.edited()) {
            JsonObject edited = new JsonObject();
            edited.addProperty("user", m.user());
            edited.addProperty("ts", m.versions().get(m.versions().size() - 1).at().getEpochSecond() + ".000000");
            o.add("edited", edited);
        }
        JsonObject profile = new JsonObject();
        profile.addProperty("id", ws.botId());
        profile.addProperty("app_id", ws.appId());
        profile.addProperty("name", ws.botUser().name());
        profile.addProperty("deleted", false);
        profile.addProperty("team_id", ws.teamId());
        o.add("bot_profile", profile);
        return o;
    }

    /** A field as a string, JSON values other than strings as their JSON text; null when absent. */
    static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    static boolean bool(JsonObject o, String field) {
        String s = string(o, field);
        return s != null && (s.equals("true") || s.equals("1"));
    }
}
