package io.peerbot.domain.connectivity;

import java.util.Arrays;
import java.util.Optional;

/** How a TCP connect attempt ended, as the probe script prints it ({@code peerbot-tcp <port> <state>}). */
public enum TcpState {
    /** Connected: the path is open and something listens. */
    OPEN("open"),
    /** Answered with a reset (or an ICMP error) at once: the network let it through, nothing listens there. */
    REFUSED("refused"),
    /** No answer within the timeout: something on the way drops the packets. */
    TIMEOUT("timeout"),
    /**
     * The probe itself failed (its exit code is neither connected, refused nor timed out, e.g. 127: a command not
     * found on the instance): nothing is known about the path, so it counts as a failure, never as "refused".
     */
    ERROR("error");

    private final String word;

    TcpState(String word) {
        this.word = word;
    }

    /** The word in the script's output. */
    public String word() {
        return word;
    }

    public static Optional<TcpState> fromWord(String word) {
        return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst();
    }

    /** The network carried the packets both ways (open, or refused by the host itself). */
    public boolean pathOpen() {
        return this == OPEN || this == REFUSED;
    }
}
