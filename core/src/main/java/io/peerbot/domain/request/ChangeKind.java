package io.peerbot.domain.request;

import java.util.Arrays;

/** What a change to an applied peering does: open ports, close ports, or take the peering down. */
public enum ChangeKind {
    /** {@code /peer open}: add security group rules for more ports on both sides. */
    OPEN("open"),
    /** {@code /peer close}: revoke the rules peerbot made for some ports. */
    CLOSE("close"),
    /** {@code /peer delete}: remove peerbot's routes and rules, then delete the peering. */
    DELETE("delete");

    private final String tag;

    ChangeKind(String tag) {
        this.tag = tag;
    }

    /** How it is written in tags, references and commands. */
    public String tag() {
        return tag;
    }

    public static ChangeKind fromTag(String tag) {
        return Arrays.stream(values()).filter(k -> k.tag.equals(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown change '" + tag + "'"));
    }

    /** Open and close name ports; delete names none. */
    public boolean takesPorts() {
        return this != DELETE;
    }
}
