package io.peerbot.domain.command;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words after a command word, sorted into positional arguments and options. Options may stand
 * anywhere, as {@code --name value} or {@code --name=value}. A comma list may be spread over words
 * ({@code tcp:22, udp:53}); those words are joined back.
 */
record Args(List<Token> positionals, Map<Option, String> values, Set<Option> flags) {

    /** @throws IllegalArgumentException for an unknown, repeated or misused option, or a missing value */
    static Args read(List<Token> tokens, String command, Set<Option> allowed) {
        List<Token> positionals = new ArrayList<>();
        Map<Option, String> values = new EnumMap<>(Option.class);
        Set<Option> flags = EnumSet.noneOf(Option.class);
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i++);
            if (!token.isOption()) {
                StringBuilder word = new StringBuilder(token.text());
                i = joinCommaList(tokens, i, word);
                positionals.add(new Token(word.toString(), token.quoted(), token.startsQuoted()));
                continue;
            }
            String text = normalizeDash(token.text());
            int eq = text.indexOf('=');
            String name = (eq < 0 ? text : text.substring(0, eq)).toLowerCase(Locale.ROOT);
            Option option = option(name, command, allowed);
            if (values.containsKey(option) || flags.contains(option)) {
                throw new IllegalArgumentException(option + " is given twice; give it once"
                        + (option.list ? ", with a comma list: " + option.example : ""));
            }
            if (!option.takesValue) {
                if (eq >= 0) {
                    throw new IllegalArgumentException(option + " takes no value; write just " + option);
                }
                flags.add(option);
                continue;
            }
            StringBuilder value = new StringBuilder();
            if (eq >= 0) {
                value.append(text.substring(eq + 1));
            } else if (i < tokens.size() && !tokens.get(i).isOption()) {
                value.append(tokens.get(i++).text());
            }
            if (option.list) {
                i = joinCommaList(tokens, i, value);
            }
            if (value.toString().isBlank()) {
                throw new IllegalArgumentException(option + " needs a value, e.g. " + option.example);
            }
            values.put(option, value.toString().strip());
        }
        return new Args(List.copyOf(positionals), values, flags);
    }

    Optional<String> value(Option option) {
        return Optional.ofNullable(values.get(option));
    }

    boolean has(Option option) {
        return flags.contains(option);
    }

    private static int joinCommaList(List<Token> tokens, int next, StringBuilder value) {
        int i = next;
        while (i < tokens.size() && !tokens.get(i).isOption() && !tokens.get(i).quoted()
                && (endsWithComma(value) || tokens.get(i).text().startsWith(","))) {
            value.append(tokens.get(i++).text());
        }
        return i;
    }

    private static boolean endsWithComma(StringBuilder value) {
        return !value.isEmpty() && value.charAt(value.length() - 1) == ',';
    }

    /** Phones and Macs turn a typed {@code --} into a dash; read it as the {@code --} it was. */
    private static String normalizeDash(String text) {
        char first = text.charAt(0);
        return first == '\u2014' || first == '\u2013' ? "--" + text.substring(1) : text;
    }

    private static Option option(String name, String command, Set<Option> allowed) {
        Optional<Option> known = Option.named(name);
        if (known.isPresent() && allowed.contains(known.get())) {
            return known.get();
        }
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("/peer " + command + " takes no options; '" + name + "' is not expected");
        }
        String options = allowed.stream().map(Option::toString).collect(Collectors.joining(", "));
        if (known.isPresent()) {
            throw new IllegalArgumentException(name + " does not apply to /peer " + command + "; it takes " + options);
        }
        String suggestion = allowed.stream().filter(o -> distance(o.flag, name) <= 2).findFirst()
                .map(o -> " Did you mean " + o + "?").orElse("");
        throw new IllegalArgumentException("unknown option " + name + "; /peer " + command + " takes " + options
                + "." + suggestion);
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
