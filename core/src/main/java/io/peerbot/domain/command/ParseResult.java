package io.peerbot.domain.command;

/** A command, or what is wrong with the text (with the usage to show). */
public sealed interface ParseResult {
    record Parsed(TypedCommand command) implements ParseResult {
    }

    record Malformed(String problem) implements ParseResult {
    }
}
