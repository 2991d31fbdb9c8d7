package io.peerbot.domain.network;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The AWS accounts peerbot may act in ({@code PEERBOT_ACCOUNTS}): the bot's own account always, and the listed
 * ones. Unrestricted, every account the bot's role reaches is allowed. From the organisation
 * ({@code PEERBOT_ACCOUNTS=organization}), the listed accounts are the AWS Organization's active members, which only
 * AWS knows: until they are {@linkplain #withMembers known} none is listed, so only the bot's own account is allowed.
 *
 * @param restricted   whether only the listed accounts (and the bot's own) are allowed
 * @param organization whether the listed accounts are the AWS Organization's members rather than a fixed list
 * @param listed       the listed account ids, sorted; empty when unrestricted
 */
public record AllowedAccounts(boolean restricted, boolean organization, Set<String> listed) {

    public AllowedAccounts {
        listed = Set.copyOf(new TreeSet<>(listed));
        if (!restricted && !listed.isEmpty()) {
            throw new IllegalArgumentException("an unrestricted allow-list lists no accounts");
        }
        if (organization && !restricted) {
            throw new IllegalArgumentException("the organisation's accounts are a restricted allow-list");
        }
    }

    /** A fixed list, or every account. */
    public AllowedAccounts(boolean restricted, Set<String> listed) {
        this(restricted, false, listed);
    }

    /** Every account the bot's role reaches. */
    public static AllowedAccounts any() {
        return new AllowedAccounts(false, Set.of());
    }

    /** Only these accounts, and the bot's own. */
    public static AllowedAccounts only(Collection<String> accounts) {
        return new AllowedAccounts(true, Set.copyOf(accounts));
    }

    /** The AWS Organization's member accounts, and the bot's own; none known yet. */
    public static AllowedAccounts organizationMembers() {
        return new AllowedAccounts(true, true, Set.of());
    }

    /**
     * The organisation's accounts as last read: these member accounts, and the bot's own.
     *
     * @throws IllegalStateException when the accounts are not the organisation's but a fixed list or every account
     */
    public AllowedAccounts withMembers(Collection<String> members) {
        if (!organization) {
            throw new IllegalStateException("only the organisation's accounts are read from AWS");
        }
        return new AllowedAccounts(true, true, Set.copyOf(members));
    }

    /** Whether the bot may act in {@code account}, its own account being {@code home}. */
    public boolean permits(String account, String home) {
        return !restricted || account.equals(home) || listed.contains(account);
    }

    /** The locations among these that lie in accounts the bot may not act in. */
    public List<Location> refused(Collection<Location> locations, String home) {
        return locations.stream().filter(l -> !permits(l.account(), home)).toList();
    }

    /** The listed accounts in order. */
    public List<String> sorted() {
        return listed.stream().sorted().toList();
    }
}
