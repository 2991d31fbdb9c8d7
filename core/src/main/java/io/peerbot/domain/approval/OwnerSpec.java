package io.peerbot.domain.approval;

import io.peerbot.domain.chat.SlackIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who owns a VPC as written by people: the {@code peerbot:owner} tag value or an owners-file entry.
 * Slack user ids ({@code U…}, {@code W…}, also as a mention {@code <@U…>}), Slack user group ids
 * ({@code S…}, also as {@code <!subteam^S…>}) and e-mail addresses, separated by commas or spaces (a tag
 * value keeps to characters without commas in some tools). E-mails and groups still have to be looked up
 * to become user ids.
 */
public record OwnerSpec(List<String> userIds, List<String> emails, List<String> groupIds) {
    private static final Pattern MENTION = Pattern.compile("<@(" + SlackIds.USER.pattern() + ")(?:\\|[^>]*)?>");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,<>]+@[^@\\s,<>]+\\.[^@\\s,<>]+");
    private static final Pattern GROUP = Pattern.compile("(S[A-Z0-9]{2,})|<!subteam\\^(S[A-Z0-9]{2,})(?:\\|[^>]*)?>");
    private static final String EXPECTED =
            "expected Slack user ids, user group ids or e-mail addresses, e.g. U123ABC,S0DBTEAM,ana@example.com";

    public OwnerSpec {
        userIds = List.copyOf(userIds);
        emails = List.copyOf(emails);
        groupIds = List.copyOf(groupIds);
    }

    public OwnerSpec(List<String> userIds, List<String> emails) {
        this(userIds, emails, List.of());
    }

    /** @throws IllegalArgumentException naming the entry that is neither a user id nor an e-mail */
    public static OwnerSpec parse(String value) {
        return of(value == null ? List.of() : List.of(value));
    }

    /** The entries of an owners-file list; each entry may itself be a comma list. */
    public static OwnerSpec of(List<String> entries) {
        Set<String> users = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        List<String> items = new ArrayList<>();
        entries.forEach(e -> items.addAll(Arrays.asList(String.valueOf(e).strip().split("[,\\s]+"))));
        for (String item : items) {
            if (item.isEmpty()) {
                continue;
            }
            Matcher mention = MENTION.matcher(item);
            Matcher group = GROUP.matcher(item);
            if (SlackIds.USER.matcher(item).matches()) {
                users.add(item);
            } else if (mention.matches()) {
                users.add(mention.group(1));
            } else if (EMAIL.matcher(item).matches()) {
                emails.add(item);
            } else if (group.matches()) {
                groups.add(group.group(1) != null ? group.group(1) : group.group(2));
            } else {
                throw new IllegalArgumentException("'" + item + "' is neither a Slack user id nor an e-mail address; "
                        + EXPECTED);
            }
        }
        if (users.isEmpty() && emails.isEmpty() && groups.isEmpty()) {
            throw new IllegalArgumentException("no owner given; " + EXPECTED);
        }
        return new OwnerSpec(List.copyOf(users), List.copyOf(emails), List.copyOf(groups));
    }
}
