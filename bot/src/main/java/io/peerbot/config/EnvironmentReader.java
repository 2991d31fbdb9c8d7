package io.peerbot.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads environment variables with surrounding blanks trimmed and an empty value taken as unset, collecting a
 * problem for each value that does not parse instead of stopping at the first.
 */
final class EnvironmentReader {
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    EnvironmentReader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The value as set, trimmed; empty when unset or blank. */
    Optional<String> text(String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /**
     * The parsed value, or empty (and a problem noted) when {@code parse} refuses it: it throws
     * {@link IllegalArgumentException} saying what is wrong, in words that follow the variable's name.
     */
    <T> Optional<T> value(String name, Function<String, T> parse) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(text.get()));
        } catch (IllegalArgumentException e) {
            problems.add(name + " " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A comma list, each item trimmed and parsed; items that do not parse are noted and left out. */
    <T> List<T> list(String name, Function<String, T> parse) {
        List<T> items = new ArrayList<>();
        for (String item : items(name)) {
            try {
                items.add(parse.apply(item));
            } catch (IllegalArgumentException e) {
                problems.add(name + " " + e.getMessage());
            }
        }
        return items;
    }

    /** Whether the variable is set to something other than blanks. */
    boolean isSet(String name) {
        return text(name).isPresent();
    }

    void problem(String sentence) {
        problems.add(sentence);
    }

    /** @throws ConfigurationException when any value did not parse */
    void requireNoProblems() {
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }

    private List<String> items(String name) {
        return text(name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }
}
