package io.peerbot.standin.ec2.ec2;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The filters a Describe action supports for one resource type. Filters are ANDed, values of one filter ORed;
 * values may use EC2's wildcards {@code *} and {@code ?}. {@code tag:<key>}, {@code tag-key} and {@code tag-value}
 * work on every resource type; an unknown filter name is an error, as in EC2.
 */
final class FilterSpec<T> {
    private final Map<String, Function<T, Object>> fields = new HashMap<>();
    private final Function<T, Map<String, String>> tags;

    FilterSpec(Function<T, Map<String, String>> tags) {
        this.tags = tags;
    }

    /** A filter whose resource value is a String, Boolean, Number, a Collection of those, or null. */
    FilterSpec<T> field(String name, Function<T, Object> value) {
        fields.put(name, value);
        return this;
    }

    List<T> apply(Collection<T> items, Ec2Params params) {
        List<Ec2Params> filters = params.members("Filter");
        List<Predicate<T>> predicates = filters.stream().map(this::predicate).toList();
        return items.stream().filter(item -> predicates.stream().allMatch(p -> p.test(item))).toList();
    }

    private Predicate<T> predicate(Ec2Params filter) {
        String name = filter.required("Name");
        List<Pattern> values = filter.list("Value").stream().map(FilterSpec::glob).toList();
        Function<T, Object> field;
        if (name.startsWith("tag:")) {
            String key = name.substring(4);
            field = item -> tags.apply(item).get(key);
        } else if (name.equals("tag-key")) {
            field = item -> tags.apply(item).keySet();
        } else if (name.equals("tag-value")) {
            field = item -> tags.apply(item).values();
        } else {
            field = fields.get(name);
            if (field == null) {
                throw Ec2Errors.invalid("The filter '" + name + "' is invalid");
            }
        }
        Function<T, Object> chosen = field;
        return item -> strings(chosen.apply(item)).stream()
                .anyMatch(v -> values.stream().anyMatch(p -> p.matcher(v).matches()));
    }

    private static Collection<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().filter(Objects::nonNull).map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** EC2 filter wildcards: {@code *} any run, {@code ?} one character, backslash escapes. */
    private static Pattern glob(String value) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                regex.append(Pattern.quote(String.valueOf(value.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
