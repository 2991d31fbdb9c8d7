package io.peerbot.standin.ec2.dynamodb;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A {@code ConditionExpression}, parsed: comparisons ({@code =}, {@code <>}, {@code <}, {@code <=}, {@code >},
 * {@code >=}) between attributes and values, {@code attribute_exists} and {@code attribute_not_exists}, joined with
 * {@code AND}, {@code OR} and parentheses ({@code AND} binds tighter). {@code NOT}, {@code BETWEEN}, {@code IN},
 * other functions and nested paths are refused with a ValidationException instead of being evaluated wrongly.
 */
final class Condition {
    private static final String KIND = "ConditionExpression";

    private final Predicate<Map<String, Attribute>> test;

    private Condition(Predicate<Map<String, Attribute>> test) {
        this.test = test;
    }

    /** No condition: always true. */
    static Condition none() {
        return new Condition(item -> true);
    }

    static Condition parse(String text, Placeholders placeholders) {
        ExpressionTokens tokens = ExpressionTokens.of(KIND, text);
        Predicate<Map<String, Attribute>> test = new Parser(tokens, placeholders).disjunction();
        if (!tokens.atEnd()) {
            throw tokens.syntax(tokens.peek());
        }
        return new Condition(test);
    }

    /** Whether the item as it stands (empty when there is none) meets the condition. */
    boolean test(Map<String, Attribute> item) {
        return test.test(item);
    }

    /** An attribute of the item, or a value given with the request. */
    private interface Operand {
        Attribute resolve(Map<String, Attribute> item);
    }

    private record Parser(ExpressionTokens tokens, Placeholders placeholders) {

        Predicate<Map<String, Attribute>> disjunction() {
            Predicate<Map<String, Attribute>> left = conjunction();
            while (tokens.takeIf("OR")) {
                left = left.or(conjunction());
            }
            return left;
        }

        Predicate<Map<String, Attribute>> conjunction() {
            Predicate<Map<String, Attribute>> left = primary();
            while (tokens.takeIf("AND")) {
                left = left.and(primary());
            }
            return left;
        }

        Predicate<Map<String, Attribute>> primary() {
            String token = tokens.peek();
            if (token == null) {
                tokens.take();
            }
            if (tokens.takeIf("(")) {
                Predicate<Map<String, Attribute>> inner = disjunction();
                tokens.expect(")");
                return inner;
            }
            if ("NOT".equalsIgnoreCase(token)) {
                throw tokens.unsupported("NOT");
            }
            if ("(".equals(tokens.peekSecond()) && !token.startsWith("#") && !token.startsWith(":")) {
                return function(tokens.take());
            }
            return comparison();
        }

        Predicate<Map<String, Attribute>> function(String name) {
            boolean exists = "attribute_exists".equals(name);
            if (!exists && !"attribute_not_exists".equals(name)) {
                throw tokens.unsupported("the function " + name);
            }
            tokens.expect("(");
            String attribute = path(tokens.take());
            tokens.expect(")");
            return item -> item.containsKey(attribute) == exists;
        }

        Predicate<Map<String, Attribute>> comparison() {
            Operand left = operand(tokens.take());
            String comparator = tokens.take();
            if ("BETWEEN".equalsIgnoreCase(comparator) || "IN".equalsIgnoreCase(comparator)) {
                throw tokens.unsupported(comparator.toUpperCase(Locale.ROOT));
            }
            Predicate<Integer> holds = switch (comparator) {
                case "=" -> c -> c == 0;
                case "<>" -> c -> c != 0;
                case "<" -> c -> c < 0;
                case "<=" -> c -> c <= 0;
                case ">" -> c -> c > 0;
                case ">=" -> c -> c >= 0;
                default -> throw tokens.syntax(comparator);
            };
            Operand right = operand(tokens.take());
            boolean notEqual = "<>".equals(comparator);
            return item -> {
                Attribute a = left.resolve(item);
                Attribute b = right.resolve(item);
                if (a == null || b == null) {
                    // DynamoDB: a missing attribute is unequal to anything and in no order with it.
                    return notEqual;
                }
                Integer order = a.compareTo(b);
                if (order == null) {
                    return notEqual;
                }
                return holds.test(order);
            };
        }

        Operand operand(String token) {
            if (token.startsWith(":")) {
                Attribute value = placeholders.value(KIND, token);
                return item -> value;
            }
            String attribute = path(token);
            return item -> item.get(attribute);
        }

        String path(String token) {
            if (token.startsWith("#")) {
                String name = placeholders.name(KIND, token);
                if (".".equals(tokens.peek()) || "[".equals(tokens.peek())) {
                    throw tokens.unsupported("a nested path");
                }
                return name;
            }
            if (token.isEmpty() || !Character.isLetter(token.charAt(0)) && token.charAt(0) != '_'
                    || "AND".equalsIgnoreCase(token) || "OR".equalsIgnoreCase(token)) {
                throw tokens.syntax(token);
            }
            return token;
        }
    }
}
