package io.peerbot.domain.command;

/**
 * Parses the text after {@code /peer}. Understands quoting for {@code --reason "…"}; refuses unknown
 * options, malformed ports, missing or extra arguments and over-long input with a specific problem.
 */
public final class CommandParser {
    public ParseResult parse(String text) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The usage text with examples, shown for {@code /peer help} and after any malformed command. */
    public static String usage() {
        throw new UnsupportedOperationException("not built yet");
    }
}
