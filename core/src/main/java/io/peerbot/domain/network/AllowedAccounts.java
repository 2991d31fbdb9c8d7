package io.peerbot.domain.network;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The AWS accounts peerbot may act in ({@code PEERBOT_ACCOUNTS}): the bot's own account always, and the listed
 * ones. Unrestricted, every account the bot's role reaches is allowed.
 *
 * @param restricted whether only the listed accounts (and the bot's own) are allowed
 * @param listed     the listed account ids, sorted; empty when unrestricted
 */
public record AllowedAccounts(boolean restricted, Set<String> listed) {

    public AllowedAccounts {
        listed = Set.copyOf(new TreeSet<>(listed));
        if (!restricted && !listed.isEmpty()) {
            throw new IllegalArgumentException("an unrestricted allow-list lists no accounts");
        }
    }

    /** Every account the bot's role reaches. */
    public static AllowedAccounts any() {
        return new AllowedAccounts(false, Set.of());
    }

    /** Only these accounts, and the bot's own. */
    public static AllowedAccounts only(Collection<String> accounts) {
        return new AllowedAccounts(true, Set.copyOf(accounts));
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
