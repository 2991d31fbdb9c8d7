package io.peerbot.bench;

/**
 * The kinds of {@code /peer} command a burst mixes, one after another in this order: what needs no AWS call
 * (help, a usage error) and what does (list, status of a peering, a plan, a peering request).
 */
enum CommandKind {
    HELP("help"),
    USAGE_ERROR("usage error"),
    LIST("list"),
    STATUS("status"),
    PLAN("plan"),
    REQUEST("request");

    private final String label;

    CommandKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The i-th command of a burst (from 0) is of this kind. */
    static CommandKind ofIndex(int i) {
        return values()[i % values().length];
    }
}
