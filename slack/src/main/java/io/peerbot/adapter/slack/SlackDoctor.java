package io.peerbot.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import io.peerbot.application.doctor.Check;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@code peerbot doctor} checks in Slack: the bot token ({@code auth.test}: which team, which bot user),
 * the scopes it was granted (Slack lists them in the {@code x-oauth-scopes} header of a Web API answer) against
 * those the bot needs, and how Slack reaches the bot: the app-level token can open a Socket Mode connection
 * ({@code apps.connections.open}), or in HTTP mode a signing secret is set.
 */
public final class SlackDoctor implements AutoCloseable {
    /** The bot token scopes peerbot uses; {@code manifest.yml} asks for exactly these. */
    public static final List<String> REQUIRED_SCOPES = List.of("commands", "chat:write", "users:read",
            "users:read.email", "usergroups:read", "files:write", "channels:history", "groups:history");
    private static final Pattern SIGNING_SECRET = Pattern.compile("[0-9a-f]{32}");
    private static final String USE_BOT_TOKEN = "set SLACK_BOT_TOKEN to the Bot User OAuth Token (xoxb-…) from the "
            + "app's OAuth & Permissions page";

    private final SlackSettings settings;
    private final Slack slack;

    public SlackDoctor(SlackSettings settings) {
        this.settings = settings;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false);
        this.slack = Slack.getInstance(config);
    }

    /** @param transport how Slack is to reach the bot, which decides what else is needed */
    public List<Check> check(SlackTransport transport) {
        List<Check> checks = new ArrayList<>();
        checks.addAll(botToken());
        checks.add(transport instanceof SlackTransport.Http http ? signingSecret(http) : appToken());
        return checks;
    }

    private List<Check> botToken() {
        String subject = "Slack bot token (auth.test)";
        AuthTestResponse auth;
        try {
            auth = slack.methods(settings.botToken()).authTest(r -> r);
        } catch (IOException | SlackApiException e) {
            return List.of(Check.fail(subject, "could not reach Slack at " + settings.apiUrl() + ": " + e.getMessage(),
                    "check the network path to Slack (and SLACK_API_URL if set)"));
        }
        if (!auth.isOk()) {
            return List.of(Check.fail(subject, "Slack answered " + auth.getError(), botTokenFix(auth.getError())));
        }
        List<Check> checks = new ArrayList<>();
        String bot = "bot user @" + auth.getUser() + " (" + auth.getUserId() + ")";
        if (!settings.botToken().startsWith("xoxb-")) {
            checks.add(Check.fail(subject, "the token works but is not a bot token (it acts as " + bot + ")",
                    USE_BOT_TOKEN));
            return checks;
        }
        checks.add(Check.ok(subject, "team " + auth.getTeam() + " (" + auth.getTeamId() + "), " + bot));
        checks.add(scopes(auth.getHttpResponseHeaders()));
        return checks;
    }

    private static String botTokenFix(String error) {
        return switch (error == null ? "" : error) {
            case "token_revoked", "account_inactive", "token_expired" -> "the token was revoked or the app uninstalled:"
                    + " reinstall the app to the workspace and set SLACK_BOT_TOKEN to its new Bot User OAuth Token";
            case "not_allowed_token_type" -> "SLACK_BOT_TOKEN holds another kind of token: use the Bot User OAuth "
                    + "Token (xoxb-…) from the app's OAuth & Permissions page";
            default -> USE_BOT_TOKEN;
        };
    }

    private static Check scopes(Map<String, List<String>> headers) {
        String subject = "Slack bot token scopes";
        Optional<String> header = header(headers, "x-oauth-scopes");
        if (header.isEmpty()) {
            return Check.unverified(subject, "Slack did not say which scopes the token has",
                    "make sure the app has the bot token scopes " + String.join(", ", REQUIRED_SCOPES));
        }
        Set<String> granted = new LinkedHashSet<>();
        Arrays.stream(header.get().split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(granted::add);
        List<String> missing = REQUIRED_SCOPES.stream().filter(s -> !granted.contains(s)).toList();
        if (!missing.isEmpty()) {
            return Check.fail(subject, "missing " + String.join(", ", missing) + " (granted: "
                    + (granted.isEmpty() ? "none" : String.join(", ", granted)) + ")",
                    "add " + String.join(", ", missing) + " under OAuth & Permissions → Bot Token Scopes "
                            + "(manifest.yml lists every scope peerbot needs), then reinstall the app to the workspace");
        }
        return Check.ok(subject, String.join(", ", REQUIRED_SCOPES));
    }

    private Check appToken() {
        String subject = "Slack app token (apps.connections.open)";
        String token = settings.appToken();
        if (token == null) {
            return Check.fail(subject, "SLACK_APP_TOKEN is not set", "create an app-level token with the "
                    + "connections:write scope (Basic Information → App-Level Tokens) and set SLACK_APP_TOKEN to it");
        }
        AppsConnectionsOpenResponse open;
        try {
            open = slack.methods(token).appsConnectionsOpen(r -> r);
        } catch (IOException | SlackApiException e) {
            return Check.fail(subject, "could not reach Slack at " + settings.apiUrl() + ": " + e.getMessage(),
                    "check the network path to Slack (and SLACK_API_URL if set)");
        }
        if (!open.isOk()) {
            return Check.fail(subject, "Slack answered " + open.getError(), "set SLACK_APP_TOKEN to an app-level "
                    + "token (xapp-…) with the connections:write scope (Basic Information → App-Level Tokens), and "
                    + "turn Socket Mode on (Settings → Socket Mode)");
        }
        return Check.ok(subject, "Socket Mode connections can be opened");
    }

    private Check signingSecret(SlackTransport.Http http) {
        String subject = "Slack signing secret (HTTP mode)";
        String secret = settings.signingSecret();
        String where = "Slack must send slash commands and interactivity to https://<this service>/slack/events "
                + "(served on port " + http.port() + ")";
        if (secret == null) {
            return Check.fail(subject, "SLACK_SIGNING_SECRET is not set", "set it to the Signing Secret from the "
                    + "app's Basic Information page");
        }
        if (!SIGNING_SECRET.matcher(secret).matches()) {
            return Check.unverified(subject, "set, but it does not look like a Slack signing secret (32 hex digits); "
                    + where, "copy the Signing Secret from the app's Basic Information page (not the client secret "
                    + "or a token)");
        }
        return Check.ok(subject, "set (Slack's requests are refused with 401 if it is not the app's); " + where);
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    @Override
    public void close() {
        try {
            slack.close();
        } catch (Exception e) {
            // Nothing was left open that matters to a one-shot check.
        }
    }
}
