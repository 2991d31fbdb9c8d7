package io.peerbot.bench;

import io.peerbot.standin.slack.Envelope;

/**
 * One {@code /peer} command a burst typed.
 *
 * @param marker text the command's own answer names (a VPC it is about), or null when its answer names none
 */
record SentCommand(CommandKind kind, String user, String text, String marker, Envelope envelope) {
}
