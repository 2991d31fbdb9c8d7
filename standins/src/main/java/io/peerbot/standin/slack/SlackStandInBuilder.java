package io.peerbot.standin.slack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Sets up the workspace and tokens before the server starts. Defaults suit a single-team test. */
public final class SlackStandInBuilder {
    String teamId = "T0PEERBOT";
    String teamDomain = "peerbot-sandbox";
    String appId = "A0PEERBOT";
    String botUserId = "U0PEERBOT";
    String botId = "B0PEERBOT";
    String botName = "peerbot";
    String botToken;
    String appToken;
    /** What the bot token was granted, as {@code x-oauth-scopes} reports it: by default what the manifest asks. */
    List<String> botScopes = List.of("commands", "chat:write", "users:read", "users:read.email",
            "usergroups:read", "files:write", "channels:history", "groups:history");
    Duration ackDeadline = SocketModeHub.SLACK_ACK_DEADLINE;
    int port;
    java.time.Clock clock = java.time.Clock.systemUTC();
    final List<Consumer<Workspace>> seed = new ArrayList<>();

    SlackStandInBuilder() {
    }

    /** The team ID ({@code T…}) and domain, as {@code team_id} / {@code team_domain} in payloads. */
    public SlackStandInBuilder team(String teamId, String domain) {
        this.teamId = teamId;
        this.teamDomain = domain;
        return this;
    }

    /** The app ID ({@code A…}), as {@code api_app_id} in payloads and {@code app_id} on messages. */
    public SlackStandInBuilder app(String appId) {
        this.appId = appId;
        return this;
    }

    /** The bot's user ({@code U…}), bot ID ({@code B…}) and name. */
    public SlackStandInBuilder bot(String userId, String botId, String name) {
        this.botUserId = userId;
        this.botId = botId;
        this.botName = name;
        return this;
    }

    /** Fixed tokens instead of random ones (e.g. for a sandbox that prints them). */
    public SlackStandInBuilder tokens(String botToken, String appToken) {
        if (!botToken.startsWith("xoxb-") || !appToken.startsWith("xapp-")) {
            throw new IllegalArgumentException("a bot token starts with xoxb-, an app token with xapp-");
        }
        this.botToken = botToken;
        this.appToken = appToken;
        return this;
    }

    /**
     * The bot token's scopes, reported in the {@code x-oauth-scopes} header of each Web API answer to it, as Slack
     * does (default: those {@code manifest.yml} asks for).
     */
    public SlackStandInBuilder botScopes(String... scopes) {
        this.botScopes = List.of(scopes);
        return this;
    }

    /**
     * The time outages ({@link SlackStandIn#failFor}) are measured on: a test's clock, moved by the test, so a
     * minute-long outage ends when the test says a minute has passed.
     */
    public SlackStandInBuilder clock(java.time.Clock clock) {
        this.clock = clock;
        return this;
    }

    /** A fixed loopback port instead of a free one chosen at start. */
    public SlackStandInBuilder port(int port) {
        this.port = port;
        return this;
    }

    /** How long an ack may take before it counts as missed (Slack: 3 s); shorter makes a test of that fast. */
    public SlackStandInBuilder ackDeadline(Duration deadline) {
        this.ackDeadline = deadline;
        return this;
    }

    /** A person ({@code U…}); see {@link Workspace#addUser}. */
    public SlackStandInBuilder user(String id, String name, String realName, String email) {
        seed.add(w -> w.addUser(id, name, realName, email));
        return this;
    }

    /** A public channel everyone (and the bot) is in. */
    public SlackStandInBuilder channel(String id, String name) {
        seed.add(w -> w.addChannel(id, name));
        return this;
    }

    /** A private channel with exactly these members and the bot. */
    public SlackStandInBuilder privateChannel(String id, String name, String... memberIds) {
        seed.add(w -> w.addPrivateChannel(id, name, memberIds));
        return this;
    }

    /** A user group ({@code S…}) for {@code usergroups.users.list}. */
    public SlackStandInBuilder userGroup(String id, String handle, String... userIds) {
        seed.add(w -> w.addUserGroup(id, handle, userIds));
        return this;
    }

    /** Starts the server on 127.0.0.1; close the stand-in when done. */
    public SlackStandIn start() {
        return new SlackStandIn(this);
    }
}
