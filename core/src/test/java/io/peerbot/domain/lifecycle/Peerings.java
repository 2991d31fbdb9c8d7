package io.peerbot.domain.lifecycle;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Managed peerings for tests: app-vpc (requester, owned by U0APPOWN) and db-vpc (accepter, owned by U0DBOWN),
 * asked for by U0ALICE, at whichever stage a test needs, reached through the lifecycle's own transitions.
 */
public final class Peerings {
    public static final PcxId PCX = new PcxId("pcx-0a1b2c3d");
    public static final PeeringSide APP = new PeeringSide("vpc-0aaa0001", Vpcs.HERE, List.of(Cidr.parse("10.0.0.0/16")));
    public static final PeeringSide DB = new PeeringSide("vpc-0bbb0002", Vpcs.HERE, List.of(Cidr.parse("10.1.0.0/16")));
    public static final MessageRef THREAD = new MessageRef("C0PLATFORM", "1700000000.000100");
    public static final Instant ASKED = Instant.parse("2026-05-01T12:00:00.123Z");

    private Peerings() {
    }

    /** Just asked for: U0ALICE owns neither side, so both await. */
    public static ManagedPeering asked(String ports) {
        Change creation = Change.asked(ChangeKind.CREATE, PortList.parse(ports), "U0ALICE", ASKED, Set.of());
        return new ManagedPeering(PCX, APP, DB, THREAD,
                new PeeringOptions(PortList.parse(ports), List.of(), false, true, ""), creation, null);
    }

    /** At {@code stage}, reached as the bot would reach it. */
    public static ManagedPeering at(Stage stage, String ports) {
        ManagedPeering asked = asked(ports);
        ChangeRef creation = asked.creation().ref();
        return switch (stage) {
            case AWAITING_APPROVAL -> asked;
            case DENIED -> asked.deny(creation, "U0DBOWN");
            case EXPIRED -> asked.expire();
            case APPLYING -> approvedByBoth(asked, creation).begin(creation);
            case APPLIED -> approvedByBoth(asked, creation).begin(creation).finish(creation);
            case FAILED -> approvedByBoth(asked, creation).begin(creation).fail(creation);
            case DELETING, DELETED -> {
                ManagedPeering applied = at(Stage.APPLIED, ports);
                Change delete = Change.asked(ChangeKind.DELETE, List.of(), "U0ALICE", ASKED.plusSeconds(60),
                        Set.of(Side.REQUESTER, Side.ACCEPTER));
                ManagedPeering deleting = applied.ask(delete).begin(delete.ref());
                yield stage == Stage.DELETING ? deleting : deleting.finish(delete.ref());
            }
        };
    }

    public static ManagedPeering approvedByBoth(ManagedPeering peering, ChangeRef change) {
        return peering.approve(change, new Approval(Side.REQUESTER, "U0APPOWN", ASKED))
                .approve(change, new Approval(Side.ACCEPTER, "U0DBOWN", ASKED));
    }
}
