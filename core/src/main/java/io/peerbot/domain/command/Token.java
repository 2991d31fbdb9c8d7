package io.peerbot.domain.command;

/**
 * One word of a command. {@code quoted} when any part of it was in quotes; {@code startsQuoted} when it
 * began with a quote, which makes {@code "--dns"} a plain word rather than an option.
 */
record Token(String text, boolean quoted, boolean startsQuoted) {
    boolean isOption() {
        return !startsQuoted && !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '\u2014'
                || text.charAt(0) == '\u2013');
    }
}
