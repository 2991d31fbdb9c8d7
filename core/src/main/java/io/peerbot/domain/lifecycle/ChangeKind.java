package io.peerbot.domain.lifecycle;

import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a change does to a peering. The first, {@link #CREATE}, asks for the peering itself; the others act on
 * it once it is applied. A new kind (a renewal, a repair) is a new constant here, with what it does to the
 * ports in force, plus its step in the engine and its words in the chat adapter.
 */
public enum ChangeKind {
    /** {@code /peer <vpc> <vpc>}: create and accept the peering, add routes, rules and DNS options. */
    CREATE("create", true),
    /** {@code /peer open}: add security group rules for more ports on both sides. */
    OPEN("open", true),
    /** {@code /peer close}: revoke the rules peerbot made for some ports. */
    CLOSE("close", true),
    /** {@code /peer delete}: remove peerbot's routes and rules, then delete the peering. */
    DELETE("delete", false),
    /** Repair: restores routes and rules the approved plan covers that someone removed (one owner per side). */
    REPAIR("repair", false),
    /** Extend: routes and rules for growth the approved plan does not cover yet (a new table, group or block). */
    EXTEND("extend", false),
    /**
     * {@code /peer renew} or Renew: a temporary peering or opening ends at another time; its ports are those of the
     * opening it renews, none for the whole peering. Nothing changes in EC2: the record is the change.
     */
    RENEW("renew", false);

    private final String tag;
    private final boolean takesPorts;

    ChangeKind(String tag, boolean takesPorts) {
        this.tag = tag;
        this.takesPorts = takesPorts;
    }

    /** How it is written in records, references and commands. */
    public String tag() {
        return tag;
    }

    public static ChangeKind fromTag(String tag) {
        return Arrays.stream(values()).filter(k -> k.tag.equals(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown change '" + tag + "'"));
    }

    /**
     * Whether one side's consent is enough: a repair restores what both sides approved already, so an owner of
     * the side it restores consents for it, and the plan covers only the sides that consented.
     */
    public boolean oneSideEnough() {
        return this == REPAIR;
    }

    public boolean takesPorts() {
        return takesPorts;
    }

    /** A renewal's ports say what it renews: an opening's ports, or none for the whole peering. */
    public boolean portsOptional() {
        return this == RENEW;
    }

    /** Kinds that may carry an end time: a temporary creation or opening, and the renewal that moves it. */
    public boolean mayEnd() {
        return this == CREATE || this == OPEN || this == RENEW;
    }

    /**
     * The ports in force once a change of this kind begins: an open counts its ports as open from then on, so
     * an apply resumed or a test run meanwhile sees them; a creation puts in force what it asked for.
     */
    public List<PortRange> portsWhenBegun(List<PortRange> inForce, List<PortRange> asked) {
        return switch (this) {
            case CREATE -> asked;
            case OPEN -> union(inForce, asked);
            case CLOSE, DELETE, REPAIR, EXTEND, RENEW -> inForce;
        };
    }

    /** The ports in force once a change of this kind is done: a close drops its ports only then. */
    public List<PortRange> portsWhenDone(List<PortRange> inForce, List<PortRange> asked) {
        return this == CLOSE ? inForce.stream().filter(p -> !asked.contains(p)).toList() : inForce;
    }

    private static List<PortRange> union(List<PortRange> open, List<PortRange> more) {
        List<PortRange> all = new ArrayList<>(open);
        more.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }
}
