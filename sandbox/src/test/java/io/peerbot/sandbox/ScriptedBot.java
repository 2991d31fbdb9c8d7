package io.peerbot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.util.Set;

/**
 * A stand-in for the bot in page tests: a real Bolt app over Socket Mode that answers {@code /peer a b …} with a
 * request card (Approve / Deny, each with a confirm dialog), and an approval by bob or carol with the card
 * updated and steps in its thread. Anyone else who clicks is told privately who may approve. It knows nothing of
 * AWS; {@code app-vpc legacy-vpc} is refused as overlapping, as the real bot would.
 */
final class ScriptedBot implements AutoCloseable {
    static final Set<String> APPROVERS = Set.of(DemoOrganisation.BOB, DemoOrganisation.CAROL);
    static final String PCX = "pcx-0a1b2c3d4e5f60718";

    private final SlackConfig config = new SlackConfig();
    private final Slack slack;
    private final SocketModeApp socketMode;

    private ScriptedBot(BotWiring wiring) throws Exception {
        config.setMethodsEndpointUrlPrefix(wiring.slackApiUrl());
        config.setStatsEnabled(false);
        slack = Slack.getInstance(config);
        App app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(wiring.slackBotToken()).build());
        app.command("/peer", (req, ctx) -> {
            String text = req.getPayload().getText().trim();
            String channel = req.getPayload().getChannelId();
            String user = req.getPayload().getUserId();
            String[] words = text.split("\\s+");
            if (text.startsWith("app-vpc legacy-vpc")) {
                return ctx.ack(":no_entry: *Cannot peer* `app-vpc` with `legacy-vpc`: `10.0.0.0/16` overlaps "
                        + "`10.0.128.0/17`.");
            }
            if (words.length < 2 || text.startsWith("help")) {
                return ctx.ack("*Usage:* `/peer <vpc> <vpc> [--ports tcp:5432,icmp] [--reason \"…\"]`");
            }
            postCard(ctx.client(), channel, user, words[0], words[1], reason(text));
            return ctx.ack();
        });
        app.blockAction("peer_approve", (req, ctx) -> {
            var payload = req.getPayload();
            String channel = payload.getChannel().getId();
            String ts = payload.getMessage().getTs();
            String user = payload.getUser().getId();
            if (!APPROVERS.contains(user)) {
                ctx.client().chatPostEphemeral(r -> r.channel(channel).user(user)
                        .text("Only <@" + DemoOrganisation.BOB + "> (owner of *billing*) or an admin can approve "
                                + "this. Nothing was changed."));
                return ctx.ack();
            }
            approve(ctx.client(), channel, ts, user);
            return ctx.ack();
        });
        app.blockAction("peer_deny", (req, ctx) -> {
            var payload = req.getPayload();
            ctx.client().chatUpdate(r -> r.channel(payload.getChannel().getId()).ts(payload.getMessage().getTs())
                    .text("Denied").blocksAsString(card("app-vpc", "billing", null,
                            "❌ Denied by <@" + payload.getUser().getId() + ">. Nothing was changed.", null)));
            return ctx.ack();
        });
        socketMode = new SocketModeApp(wiring.slackAppToken(), app);
        socketMode.startAsync();
    }

    /** The {@link BotStarter} for {@link Sandbox#start}. */
    static AutoCloseable start(BotWiring wiring) throws Exception {
        return new ScriptedBot(wiring);
    }

    private static String reason(String text) {
        int at = text.indexOf("--reason");
        return at < 0 ? "" : text.substring(at + "--reason".length()).trim().replace("\"", "");
    }

    private static void postCard(MethodsClient client, String channel, String user, String a, String b, String reason)
            throws IOException, SlackApiException {
        String intro = "<@" + user + "> asks to peer *" + a + "* with *" + b + "*."
                + (reason.isEmpty() ? "" : "\n> " + reason.replace("&", "&amp;").replace("<", "&lt;")
                        .replace(">", "&gt;"));
        client.chatPostMessage(r -> r.channel(channel).text(a + " ↔ " + b + ": waiting for approval")
                .blocksAsString(card(a, b, intro, "⏳ *Waiting for approval* from <@" + DemoOrganisation.BOB
                        + "> or an admin", buttons())));
    }

    private static void approve(MethodsClient client, String channel, String ts, String user)
            throws IOException, SlackApiException {
        client.chatUpdate(r -> r.channel(channel).ts(ts).text("Approved").blocksAsString(card("app-vpc", "billing",
                null, "✅ *billing* (accepter side) approved by <@" + user + ">\n⚙️ Applying — each step in the thread.",
                null)));
        String[] steps = {
            "✅ *Peering accepted*\n`" + PCX + "` is `active`",
            "✅ *Routes added*\n`rtb-0aa1` (app-rt-svc) → `10.20.0.0/16` via `" + PCX + "`\n"
                    + "`rtb-0bb2` (billing-rt-db) → `10.0.0.0/16` via `" + PCX + "`",
            "✅ *Security-group rules added*\n`sg-0cc3` (billing-db) ← `10.0.0.0/16` tcp:5432, icmp",
            "✅ *Connectivity test*\n```app-probe → billing-bastion  ping 3/3 received, avg 71.2 ms\n"
                    + "app-probe → billing-bastion  tcp:5432 open```",
        };
        for (String step : steps) {
            client.chatPostMessage(r -> r.channel(channel).threadTs(ts).text(step));
        }
    }

    private static String card(String a, String b, String intro, String status, JsonArray actions) {
        JsonArray blocks = new JsonArray();
        blocks.add(text("header", "plain_text", "Peering request: " + a + " ↔ " + b));
        if (intro != null) {
            blocks.add(section(intro));
        }
        JsonObject fields = new JsonObject();
        fields.addProperty("type", "section");
        JsonArray list = new JsonArray();
        list.add(mrkdwn("*Requester*\n`" + a + "` · 10.0.0.0/16\n111111111111 · us-east-1"));
        list.add(mrkdwn("*Accepter*\n`" + b + "` · 10.20.0.0/16\n222222222222 · eu-west-1"));
        fields.add("fields", list);
        blocks.add(fields);
        JsonObject divider = new JsonObject();
        divider.addProperty("type", "divider");
        blocks.add(divider);
        blocks.add(section("*Plan:* accept `" + PCX + "`, add 4 routes in 4 route tables and 2 rules in 1 group."));
        JsonObject context = new JsonObject();
        context.addProperty("type", "context");
        JsonArray elements = new JsonArray();
        elements.add(mrkdwn("Peering connection `" + PCX + "`"));
        context.add("elements", elements);
        blocks.add(context);
        blocks.add(section(status));
        if (actions != null) {
            JsonObject block = new JsonObject();
            block.addProperty("type", "actions");
            block.addProperty("block_id", "peer_decision");
            block.add("elements", actions);
            blocks.add(block);
        }
        return blocks.toString();
    }

    private static JsonArray buttons() {
        JsonArray buttons = new JsonArray();
        buttons.add(button("peer_approve", "Approve", "primary", "Approve this peering?",
                "Accept " + PCX + ", add 4 routes in 4 route tables and 2 rules in 1 group (tcp:5432, icmp).",
                "Approve", null));
        buttons.add(button("peer_deny", "Deny", "danger", "Deny this peering?",
                "Reject " + PCX + ". No route or rule will be added.", "Deny", "danger"));
        return buttons;
    }

    private static JsonObject button(String actionId, String label, String style, String title, String text,
                                     String confirm, String confirmStyle) {
        JsonObject button = new JsonObject();
        button.addProperty("type", "button");
        button.addProperty("action_id", actionId);
        button.add("text", plain(label));
        button.addProperty("style", style);
        button.addProperty("value", PCX + "@111111111111:us-east-1");
        JsonObject dialog = new JsonObject();
        dialog.add("title", plain(title));
        dialog.add("text", plain(text));
        dialog.add("confirm", plain(confirm));
        dialog.add("deny", plain("Cancel"));
        if (confirmStyle != null) {
            dialog.addProperty("style", confirmStyle);
        }
        button.add("confirm", dialog);
        return button;
    }

    private static JsonObject section(String mrkdwnText) {
        JsonObject section = new JsonObject();
        section.addProperty("type", "section");
        section.add("text", mrkdwn(mrkdwnText));
        return section;
    }

    private static JsonObject text(String blockType, String textType, String text) {
        JsonObject block = new JsonObject();
        block.addProperty("type", blockType);
        JsonObject t = new JsonObject();
        t.addProperty("type", textType);
        t.addProperty("text", text);
        block.add("text", t);
        return block;
    }

    private static JsonObject mrkdwn(String text) {
        JsonObject t = new JsonObject();
        t.addProperty("type", "mrkdwn");
        t.addProperty("text", text);
        return t;
    }

    private static JsonObject plain(String text) {
        JsonObject t = new JsonObject();
        t.addProperty("type", "plain_text");
        t.addProperty("text", text);
        return t;
    }

    @Override
    public void close() throws Exception {
        // SocketModeApp.close() leaves the client's executors and each SlackConfig's metrics threads running.
        SocketModeClient client = socketMode.getClient();
        try {
            socketMode.close();
        } finally {
            if (client != null) {
                client.close();
            }
            slack.close();
            config.getMethodsConfig().getMetricsDatastore().close();
            config.getAuditConfig().getMetricsDatastore().close();
            config.getSCIMConfig().getMetricsDatastore().close();
            config.getSCIM2Config().getMetricsDatastore().close();
        }
    }
}
