package io.peerbot.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** A peering is the history of its changes; every change moves through the same transitions. */
class ManagedPeeringTest {

    @Test
    void aChangeDoesNotBeginBeforeEverySideConsents() {
        ManagedPeering asked = Peerings.asked("tcp:5432");
        ChangeRef creation = asked.creation().ref();
        ManagedPeering half = asked.approve(creation, new Approval(Side.REQUESTER, "U0APPOWN", Peerings.ASKED));

        assertThat(half.creation().awaiting()).containsExactly(Side.ACCEPTER);
        assertThatThrownBy(() -> half.begin(creation)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accepter");
    }

    @Test
    void laterChangesMoveThePortsInForceButNeverTheCreationsRecord() {
        ManagedPeering applied = Peerings.at(Stage.APPLIED, "tcp:5432");
        Change open = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), "U0ALICE",
                Peerings.ASKED.plusSeconds(60), Set.of(Side.REQUESTER, Side.ACCEPTER));
        ManagedPeering opening = applied.ask(open).begin(open.ref());
        ManagedPeering opened = opening.finish(open.ref());
        Change close = Change.asked(ChangeKind.CLOSE, PortList.parse("tcp:5432"), "U0ALICE",
                Peerings.ASKED.plusSeconds(120), Set.of(Side.REQUESTER, Side.ACCEPTER));
        ManagedPeering closing = opened.ask(close).begin(close.ref());
        ManagedPeering closed = closing.finish(close.ref());

        assertThat(opening.portsInForce()).as("an open counts from when it begins")
                .isEqualTo(PortList.parse("tcp:5432,tcp:6379"));
        assertThat(closing.portsInForce()).as("a close only once done").isEqualTo(PortList.parse("tcp:5432,tcp:6379"));
        assertThat(closed.portsInForce()).isEqualTo(PortList.parse("tcp:6379"));
        assertThat(closed.creation()).isEqualTo(applied.creation());
        assertThat(closed.creation().ports()).isEqualTo(PortList.parse("tcp:5432"));
        assertThat(closed.stage()).isEqualTo(Stage.APPLIED);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void theStageFollowsFromTheChanges(Stage stage) {
        assertThat(Peerings.at(stage, "icmp").stage()).isEqualTo(stage);
    }

    @Test
    void aFailedChangeIsTheOneToRetryAndADeniedLaterChangeLeavesTheStageAlone() {
        ManagedPeering applied = Peerings.at(Stage.APPLIED, "icmp");
        Change delete = Change.asked(ChangeKind.DELETE, List.of(), "U0ALICE", Peerings.ASKED.plusSeconds(60),
                Set.of(Side.REQUESTER, Side.ACCEPTER));
        ManagedPeering failed = applied.ask(delete).begin(delete.ref()).fail(delete.ref());
        Change again = Change.asked(ChangeKind.DELETE, List.of(), "U0ALICE", Peerings.ASKED.plusSeconds(90),
                Set.of());

        assertThat(failed.stage()).isEqualTo(Stage.FAILED);
        assertThat(failed.failed()).hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(ChangeKind.DELETE));
        assertThat(failed.begin(delete.ref()).inProgress()).isPresent();
        assertThat(applied.ask(again).deny(again.ref(), "U0DBOWN").stage()).isEqualTo(Stage.APPLIED);
        assertThat(Peerings.at(Stage.FAILED, "icmp").failed())
                .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(ChangeKind.CREATE));
    }

    @Test
    void aReferenceNamesOnlyTheChangeItWasMadeFor() {
        ManagedPeering applied = Peerings.at(Stage.APPLIED, "icmp");
        Change first = Change.asked(ChangeKind.DELETE, List.of(), "U0ALICE", Peerings.ASKED.plusSeconds(60), Set.of());
        Change second = Change.asked(ChangeKind.DELETE, List.of(), "U0ALICE", Peerings.ASKED.plusSeconds(61), Set.of());
        ManagedPeering now = applied.ask(first).deny(first.ref(), "U0DBOWN").ask(second);

        assertThat(now.change(first.ref())).isEmpty();
        assertThat(now.change(second.ref())).contains(second);
        assertThat(now.change(applied.creation().ref())).contains(applied.creation());
        String button = ChangeReference.to(now, second).encode();
        assertThat(button).isEqualTo(Peerings.PCX + "@" + Peerings.APP.location().account() + ":"
                + Peerings.APP.location().region() + "#delete-" + second.id());
        assertThat(ChangeReference.parse(button)).contains(ChangeReference.to(now, second));
    }

    @Test
    void aCardsButtonNamesThePlanItShowsAndAnotherPlanIsToldApart() {
        Change shown = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:443"), "U0ALICE", Peerings.ASKED, Set.of())
                .boundTo("3f2a9c01b7d4e5f60718293a4b5c6d7e");
        ManagedPeering peering = Peerings.at(Stage.APPLIED, "tcp:5432").ask(shown);

        String button = ChangeReference.shown(peering, shown).encode();

        assertThat(button).endsWith("#open-" + shown.id() + "~3f2a9c01b7d4");
        ChangeReference clicked = ChangeReference.parse(button).orElseThrow();
        assertThat(clicked.showedAnotherPlanThan(shown)).isFalse();
        assertThat(clicked.showedAnotherPlanThan(shown.boundTo("0123456789abcdef0123456789abcdef"))).isTrue();
        assertThat(ChangeReference.to(peering, shown).showedAnotherPlanThan(shown.boundTo(
                "0123456789abcdef0123456789abcdef"))).as("a button that names no plan").isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            pcx-0a1b2c3d@111122223333:eu-west-1
            pcx-0a1b2c3d@111122223333:eu-west-1#rename-1
            pcx-0a1b2c3d@111122223333:eu-west-1#delete-
            PCX-0A1B2C3D@111122223333:eu-west-1#delete-1
            pcx-0a1b2c3d@1111:eu-west-1#delete-1
            pcx-0a1b2c3d@111122223333:eu-west-1#delete-1~
            pcx-0a1b2c3d@111122223333:eu-west-1#delete-1~3F2A9C01B7D4
            pcx-0a1b2c3d@111122223333:eu-west-1#delete-1~3f2a9c01b7d4ff
            '<script>'
            """)
    void aForgedOrMangledReferenceIsNoReference(String forged) {
        assertThat(ChangeReference.parse(forged)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            AWAITING_APPROVAL, APPLYING, true
            AWAITING_APPROVAL, DENIED, true
            AWAITING_APPROVAL, EXPIRED, true
            AWAITING_APPROVAL, DONE, false
            APPLYING, DONE, true
            APPLYING, FAILED, true
            FAILED, APPLYING, true
            DONE, APPLYING, false
            DENIED, APPLYING, false
            EXPIRED, AWAITING_APPROVAL, false
            """)
    void aChangeMovesAlongItsEdgesOnly(ChangeState from, ChangeState to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(ChangeState.fromTag(from.tag())).isEqualTo(from);
    }
}
