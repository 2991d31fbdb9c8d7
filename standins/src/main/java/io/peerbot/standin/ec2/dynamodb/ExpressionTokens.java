package io.peerbot.standin.ec2.dynamodb;

import io.peerbot.standin.ec2.http.AwsServiceError;
import java.util.ArrayList;
import java.util.List;

/** The tokens of a condition or update expression, with a cursor for the parsers. */
final class ExpressionTokens {
    private final String kind;
    private final List<String> tokens;
    private int next;

    private ExpressionTokens(String kind, List<String> tokens) {
        this.kind = kind;
        this.tokens = tokens;
    }

    /** @param kind {@code ConditionExpression} or {@code UpdateExpression}, named in errors */
    static ExpressionTokens of(String kind, String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ("(),=+-.[]".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '<' || c == '>') {
                boolean two = i + 1 < text.length() && (text.charAt(i + 1) == '=' || c == '<' && text.charAt(i + 1) == '>');
                tokens.add(text.substring(i, i + (two ? 2 : 1)));
                i += two ? 2 : 1;
            } else if (c == '#' || c == ':' || isWordChar(c)) {
                int start = i;
                i++;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                if (i - start == 1 && !isWordChar(c)) {
                    throw syntax(kind, String.valueOf(c));
                }
                tokens.add(text.substring(start, i));
            } else {
                throw syntax(kind, String.valueOf(c));
            }
        }
        if (tokens.isEmpty()) {
            throw DynamoDbErrors.validation("Invalid " + kind + ": The expression can not be empty;");
        }
        return new ExpressionTokens(kind, tokens);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    boolean atEnd() {
        return next >= tokens.size();
    }

    String peek() {
        return atEnd() ? null : tokens.get(next);
    }

    /** The token after the next one, or null. */
    String peekSecond() {
        return next + 1 < tokens.size() ? tokens.get(next + 1) : null;
    }

    String take() {
        if (atEnd()) {
            throw DynamoDbErrors.validation("Invalid " + kind + ": Syntax error; token: \"<EOF>\", near: \""
                    + tokens.get(tokens.size() - 1) + "\"");
        }
        return tokens.get(next++);
    }

    boolean takeIf(String token) {
        if (!atEnd() && tokens.get(next).equalsIgnoreCase(token)) {
            next++;
            return true;
        }
        return false;
    }

    void expect(String token) {
        String got = take();
        if (!got.equalsIgnoreCase(token)) {
            throw syntax(kind, got);
        }
    }

    static AwsServiceError syntax(String kind, String token) {
        return DynamoDbErrors.validation("Invalid " + kind + ": Syntax error; token: \"" + token + "\"");
    }

    AwsServiceError syntax(String token) {
        return syntax(kind, token);
    }

    /** Refuses what DynamoDB accepts but this stand-in does not model, rather than evaluating it wrongly. */
    AwsServiceError unsupported(String what) {
        return DynamoDbErrors.validation("Invalid " + kind + ": " + what + " is not supported by this stand-in");
    }
}
