package io.peerbot.domain.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits command text into words at whitespace. A quote opens at the start of a word or right after
 * {@code =} ({@code --reason="…"}) and runs to its closing quote, so an apostrophe inside a word is
 * just a letter. Slack clients turn straight quotes into typographic ones, so “…” ‘…’ „…“ count too.
 */
final class Tokenizer {
    private static final String DOUBLE_OPENERS = "\"\u201C\u201D\u201E";
    private static final String DOUBLE_CLOSERS = "\"\u201C\u201D";
    private static final String SINGLE_OPENERS = "'\u2018\u2019";
    private static final String SINGLE_CLOSERS = "'\u2018\u2019";

    private Tokenizer() {
    }

    /** @throws IllegalArgumentException when a quote is not closed */
    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        boolean startsQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (word != null) {
                    tokens.add(new Token(word.toString(), quoted, startsQuoted));
                    word = null;
                }
                i++;
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
                quoted = false;
                startsQuoted = false;
            }
            String closers = closers(c);
            if (closers != null && (word.isEmpty() || word.charAt(word.length() - 1) == '=')) {
                int end = indexOfAny(text, closers, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("the quote before '" + excerpt(text.substring(i + 1))
                            + "' is not closed; put the closing quote after the text");
                }
                startsQuoted |= word.isEmpty();
                quoted = true;
                word.append(text, i + 1, end);
                i = end + 1;
                continue;
            }
            word.append(c);
            i++;
        }
        if (word != null) {
            tokens.add(new Token(word.toString(), quoted, startsQuoted));
        }
        return tokens;
    }

    private static String closers(char c) {
        if (DOUBLE_OPENERS.indexOf(c) >= 0) {
            return DOUBLE_CLOSERS;
        }
        return SINGLE_OPENERS.indexOf(c) >= 0 ? SINGLE_CLOSERS : null;
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String excerpt(String text) {
        String line = text.strip();
        return line.length() <= 20 ? line : line.substring(0, 20) + "…";
    }
}
