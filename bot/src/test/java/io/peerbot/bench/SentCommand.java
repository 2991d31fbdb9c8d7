package io.peerbot.bench;

import io.peerbot.standin.slack.Envelope;

/**
 * One {@code /peer} command a burst typed.
 *
 * @param marker what the command's own answer names: the requester VPC of a plan or a request (each names a pair
 *               of its own), the peering of a status; null for help, a usage error and list
 */
record SentCommand(CommandKind kind, String user, String text, String marker, Envelope envelope) {
}
