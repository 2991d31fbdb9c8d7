package io.peerbot.domain.policy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which VPCs a rule speaks of. Every criterion given must hold (an empty set or map asks nothing): the id,
 * the {@code Name} tag, the account and the region each one of the values listed; each tag listed with one
 * of its values, or with any value where the value is {@code *}. Ids and regions compare without case.
 */
public record VpcSelector(Set<String> ids, Set<String> names, Set<String> accounts, Set<String> regions,
                          Map<String, Set<String>> tags) {
    public static final String ANY_VALUE = "*";

    public VpcSelector {
        ids = lower(ids);
        names = Set.copyOf(names);
        accounts = Set.copyOf(accounts);
        regions = lower(regions);
        tags = Map.copyOf(tags);
    }

    public static VpcSelector tagged(String key, String value) {
        return new VpcSelector(Set.of(), Set.of(), Set.of(), Set.of(), Map.of(key, Set.of(value)));
    }

    public boolean matches(VpcFacts vpc) {
        return (ids.isEmpty() || ids.contains(vpc.id().toLowerCase(Locale.ROOT)))
                && (names.isEmpty() || names.contains(vpc.name()))
                && (accounts.isEmpty() || accounts.contains(vpc.account()))
                && (regions.isEmpty() || regions.contains(vpc.region().toLowerCase(Locale.ROOT)))
                && tags.entrySet().stream().allMatch(tag -> hasTag(vpc, tag.getKey(), tag.getValue()));
    }

    private static boolean hasTag(VpcFacts vpc, String key, Set<String> values) {
        String value = vpc.tags().get(key);
        return value != null && (values.contains(ANY_VALUE) || values.contains(value));
    }

    private static Set<String> lower(Set<String> values) {
        return Set.copyOf(values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
    }
}
