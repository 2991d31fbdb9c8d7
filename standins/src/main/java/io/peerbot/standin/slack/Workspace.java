package io.peerbot.standin.slack;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Slack team the stand-in plays: its identity, the bot, people, channels and user groups.
 * Seed it from Java before or while the bot runs; every method is thread-safe.
 *
 * <p>Public channels made with {@link #addChannel} hold every user, including users added later, and the bot;
 * {@link #leave} takes someone out (e.g. the bot, to see {@code not_in_channel}).
 */
public final class Workspace {
    private final String teamId;
    private final String teamDomain;
    private final String appId;
    private final SlackUser botUser;
    private final String botId;
    private final String verificationToken;
    private final Map<String, SlackUser> users = new ConcurrentHashMap<>();
    private final Map<String, SlackChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, SlackUserGroup> userGroups = new ConcurrentHashMap<>();
    private final Set<String> openChannels = ConcurrentHashMap.newKeySet();

    Workspace(String teamId, String teamDomain, String appId, SlackUser botUser, String botId, String verificationToken) {
        this.teamId = teamId;
        this.teamDomain = teamDomain;
        this.appId = appId;
        this.botUser = botUser;
        this.botId = botId;
        this.verificationToken = verificationToken;
    }

    public String teamId() {
        return teamId;
    }

    public String teamDomain() {
        return teamDomain;
    }

    public String appId() {
        return appId;
    }

    /** The bot's own user ({@code auth.test}'s {@code user_id}). */
    public SlackUser botUser() {
        return botUser;
    }

    /** The bot's {@code B…} ID, as {@code bot_id} on its messages. */
    public String botId() {
        return botId;
    }

    /** The (deprecated) verification token Slack puts in every payload's {@code token} field. */
    public String verificationToken() {
        return verificationToken;
    }

    /** Adds a person; they join every public channel made with {@link #addChannel}. */
    public synchronized Workspace addUser(String id, String name, String realName, String email) {
        return addUser(new SlackUser(id, name, realName, email));
    }

    /** Adds a person; they join every public channel made with {@link #addChannel}. */
    public synchronized Workspace addUser(SlackUser user) {
        if (user.id().equals(botUser.id())) {
            throw new IllegalArgumentException("that is the bot's user ID: " + user.id());
        }
        users.put(user.id(), user);
        for (String channelId : openChannels) {
            join(channelId, user.id());
        }
        return this;
    }

    /** Adds a public channel that every user (present and future) and the bot are in. */
    public synchronized Workspace addChannel(String id, String name) {
        Set<String> members = new HashSet<>(users.keySet());
        members.add(botUser.id());
        channels.put(id, new SlackChannel(id, name, false, false, members));
        openChannels.add(id);
        return this;
    }

    /** Adds a private channel with exactly these members (plus the bot, unless it leaves). */
    public synchronized Workspace addPrivateChannel(String id, String name, String... memberIds) {
        Set<String> members = new HashSet<>(List.of(memberIds));
        members.add(botUser.id());
        channels.put(id, new SlackChannel(id, name, true, false, members));
        return this;
    }

    /** Adds a user group ({@code S…}) for {@code usergroups.users.list}. */
    public Workspace addUserGroup(String id, String handle, String... userIds) {
        userGroups.put(id, new SlackUserGroup(id, handle, List.of(userIds)));
        return this;
    }

    /** Puts a user (or the bot's user) in a channel. */
    public synchronized Workspace join(String channelId, String userId) {
        SlackChannel c = requireChannel(channelId);
        Set<String> members = new HashSet<>(c.members());
        members.add(userId);
        channels.put(channelId, new SlackChannel(c.id(), c.name(), c.isPrivate(), c.isIm(), members));
        return this;
    }

    /** Takes a user (or the bot's user) out of a channel; later users no longer join it by themselves. */
    public synchronized Workspace leave(String channelId, String userId) {
        SlackChannel c = requireChannel(channelId);
        Set<String> members = new HashSet<>(c.members());
        members.remove(userId);
        channels.put(channelId, new SlackChannel(c.id(), c.name(), c.isPrivate(), c.isIm(), members));
        openChannels.remove(channelId);
        return this;
    }

    /** A person or the bot's user, by ID. */
    public Optional<SlackUser> user(String id) {
        if (botUser.id().equals(id)) {
            return Optional.of(botUser);
        }
        return Optional.ofNullable(id == null ? null : users.get(id));
    }

    /** A person by e-mail, ignoring case, as {@code users.lookupByEmail} finds them. */
    public Optional<SlackUser> userByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        return users.values().stream()
                .filter(u -> u.email() != null && u.email().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** The people (not the bot). */
    public List<SlackUser> users() {
        return List.copyOf(users.values());
    }

    /** A conversation by ID, as it is now. */
    public Optional<SlackChannel> channel(String id) {
        return Optional.ofNullable(id == null ? null : channels.get(id));
    }

    /** Every conversation, direct messages opened so far included. */
    public List<SlackChannel> channels() {
        return List.copyOf(channels.values());
    }

    /** A user group by ID. */
    public Optional<SlackUserGroup> userGroup(String id) {
        return Optional.ofNullable(id == null ? null : userGroups.get(id));
    }

    /**
     * Finds a conversation the way {@code chat.postMessage}'s {@code channel} argument does: by ID, by name
     * (with or without {@code #}), or by a user ID, which means the bot's direct message with that user.
     */
    public synchronized Optional<SlackChannel> resolve(String channel) {
        if (channel == null || channel.isBlank()) {
            return Optional.empty();
        }
        SlackChannel byId = channels.get(channel);
        if (byId != null) {
            return Optional.of(byId);
        }
        if (users.containsKey(channel)) {
            return Optional.of(directMessageWith(channel));
        }
        String name = channel.startsWith("#") ? channel.substring(1) : channel;
        return channels.values().stream().filter(c -> !c.isIm() && c.name().equals(name)).findFirst();
    }

    /** The bot's direct-message conversation with a user, opened on first use ({@code D…}). */
    public synchronized SlackChannel directMessageWith(String userId) {
        SlackUser user = requireUser(userId);
        String id = "D" + user.id().substring(1);
        return channels.computeIfAbsent(id, k -> new SlackChannel(k, user.name(), true, true, Set.of(user.id(), botUser.id())));
    }

    SlackUser requireUser(String id) {
        return user(id).orElseThrow(() -> new IllegalArgumentException("no such user in the stand-in workspace: " + id
                + " (known: " + users.keySet() + ")"));
    }

    SlackChannel requireChannel(String id) {
        return channel(id).orElseThrow(() -> new IllegalArgumentException("no such channel in the stand-in workspace: " + id
                + " (known: " + channels.keySet() + ")"));
    }
}
