package io.peerbot.bench;

/**
 * What became of one command, seen in the Slack stand-in; times in milliseconds from the envelope's sending, -1
 * for what did not happen.
 *
 * @param ackMillis     until the ack was read
 * @param firstVisible  until the first thing the person saw: an ack with a payload (the answer itself, or "queued"),
 *                      a response_url post, an ephemeral message or a channel message answering the command
 * @param answerMillis  until the command's own answer (not a "queued" notice)
 * @param refused       the answer was that the bot would not take the command (slow down, stopping, busy)
 */
record CommandOutcome(SentCommand command, long ackMillis, long firstVisible, long answerMillis, boolean refused) {

    boolean answered() {
        return answerMillis >= 0 && !refused;
    }
}
