package io.peerbot.adapter.slack.users;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.usergroups.users.UsergroupsUsersListRequest;
import com.slack.api.methods.request.users.UsersLookupByEmailRequest;
import io.peerbot.adapter.slack.chat.SlackCallFailed;
import io.peerbot.adapter.slack.chat.SlackCalls;
import io.peerbot.application.port.OwnerDirectory;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Owner e-mail addresses to Slack user ids with {@code users.lookupByEmail} (scope {@code users:read.email}),
 * and user groups to their members. Group memberships are cached for {@link #NOT_FOUND_FOR}, since they
 * change as teams do.
 * Answers are cached: found ones for {@link #FOUND_FOR}, "no such user" briefly ({@link #NOT_FOUND_FOR}) so a
 * newly invited owner is soon recognised. Other failures are not cached and propagate.
 */
public final class SlackOwnerDirectory implements OwnerDirectory {
    public static final Duration FOUND_FOR = Duration.ofMinutes(10);
    public static final Duration NOT_FOUND_FOR = Duration.ofMinutes(1);

    private final MethodsClient methods;
    private final SlackCalls calls;
    private final Cache<String, Optional<String>> userIds;
    private final Cache<String, Set<String>> groupMembers;

    /** {@code methods} must carry the bot token. */
    public SlackOwnerDirectory(MethodsClient methods, SlackCalls calls) {
        this(methods, calls, Ticker.systemTicker());
    }

    SlackOwnerDirectory(MethodsClient methods, SlackCalls calls, Ticker ticker) {
        this.methods = methods;
        this.calls = calls;
        this.userIds = Caffeine.newBuilder().maximumSize(10_000).ticker(ticker)
                .expireAfter(Expiry.<String, Optional<String>>creating((email, id) ->
                        id.isPresent() ? FOUND_FOR : NOT_FOUND_FOR))
                .build();
        this.groupMembers = Caffeine.newBuilder().maximumSize(1_000).ticker(ticker)
                .expireAfterWrite(NOT_FOUND_FOR).build();
    }

    /** Members of a user group with {@code usergroups.users.list} (scope {@code usergroups:read}). */
    @Override
    public Set<String> membersOfGroup(String groupId) {
        return groupMembers.get(groupId, this::listMembers);
    }

    private Set<String> listMembers(String groupId) {
        UsergroupsUsersListRequest request = UsergroupsUsersListRequest.builder().usergroup(groupId).build();
        try {
            return Set.copyOf(calls.read("usergroups.users.list", () -> methods.usergroupsUsersList(request))
                    .getUsers());
        } catch (SlackCallFailed e) {
            if ("no_such_subteam".equals(e.error()) || "subteam_not_found".equals(e.error())) {
                return Set.of();
            }
            throw e;
        }
    }

    @Override
    public Optional<String> userIdByEmail(String email) {
        String key = email.trim().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return userIds.get(key, this::lookUp);
    }

    private Optional<String> lookUp(String email) {
        UsersLookupByEmailRequest request = UsersLookupByEmailRequest.builder().email(email).build();
        try {
            return Optional.of(calls.read("users.lookupByEmail", () -> methods.usersLookupByEmail(request))
                    .getUser().getId());
        } catch (SlackCallFailed e) {
            if ("users_not_found".equals(e.error())) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
