package io.peerbot.standin.ec2.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@code UpdateExpression}, parsed: {@code SET path = :value, ...} and {@code REMOVE path, ...}. Arithmetic,
 * functions ({@code if_not_exists}, {@code list_append}), {@code ADD} and {@code DELETE} are refused with a
 * ValidationException instead of being applied wrongly.
 */
final class Update {
    private static final String KIND = "UpdateExpression";

    private final Map<String, Attribute> set;
    private final List<String> remove;

    private Update(Map<String, Attribute> set, List<String> remove) {
        this.set = set;
        this.remove = remove;
    }

    static Update parse(String text, Placeholders placeholders, String keyAttribute) {
        ExpressionTokens tokens = ExpressionTokens.of(KIND, text);
        Map<String, Attribute> set = new LinkedHashMap<>();
        List<String> remove = new ArrayList<>();
        boolean sawSet = false;
        boolean sawRemove = false;
        while (!tokens.atEnd()) {
            String clause = tokens.take();
            if ("SET".equalsIgnoreCase(clause) && !sawSet) {
                sawSet = true;
                do {
                    String path = path(tokens, placeholders, keyAttribute);
                    tokens.expect("=");
                    String value = tokens.take();
                    if (!value.startsWith(":")) {
                        throw tokens.unsupported("a value other than a :placeholder (" + value + ")");
                    }
                    if ("+".equals(tokens.peek()) || "-".equals(tokens.peek())) {
                        throw tokens.unsupported("arithmetic");
                    }
                    set.put(path, placeholders.value(KIND, value));
                } while (tokens.takeIf(","));
            } else if ("REMOVE".equalsIgnoreCase(clause) && !sawRemove) {
                sawRemove = true;
                do {
                    remove.add(path(tokens, placeholders, keyAttribute));
                } while (tokens.takeIf(","));
            } else if ("ADD".equalsIgnoreCase(clause) || "DELETE".equalsIgnoreCase(clause)) {
                throw tokens.unsupported(clause.toUpperCase(Locale.ROOT));
            } else {
                throw tokens.syntax(clause);
            }
        }
        for (String path : remove) {
            if (set.containsKey(path)) {
                throw DynamoDbErrors.validation("Invalid UpdateExpression: Two document paths overlap with each "
                        + "other; must remove or rewrite one of these paths; path one: [" + path + "], path two: ["
                        + path + "]");
            }
        }
        return new Update(set, remove);
    }

    private static String path(ExpressionTokens tokens, Placeholders placeholders, String keyAttribute) {
        String token = tokens.take();
        String name;
        if (token.startsWith("#")) {
            name = placeholders.name(KIND, token);
        } else if (!token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_')) {
            name = token;
        } else {
            throw tokens.syntax(token);
        }
        if (name.equals(keyAttribute)) {
            throw DynamoDbErrors.validation("One or more parameter values were invalid: Cannot update attribute "
                    + name + ". This attribute is part of the key");
        }
        return name;
    }

    /** The item after the update, from the item as it stands (empty when there is none). */
    Map<String, Attribute> applyTo(Map<String, Attribute> item) {
        Map<String, Attribute> updated = new LinkedHashMap<>(item);
        updated.putAll(set);
        remove.forEach(updated::remove);
        return updated;
    }
}
