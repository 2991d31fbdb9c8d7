package io.peerbot.domain.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.Peerings;
import io.peerbot.domain.lifecycle.Stage;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ends of a temporary peering and of a temporary opening outlive the change that set them: the record keeps
 * only the latest later change, and the next change asked for (by anyone, in an allowed channel) must neither bring
 * a renewed peering's old end back nor make a temporary opening permanent.
 */
class TermsKeptTest {
    private static final Instant ASKED = Peerings.ASKED;
    private static final Instant FIRST_END = Instant.parse("2026-05-03T12:00:00Z");
    private static final Instant RENEWED_END = Instant.parse("2026-05-10T12:00:00Z");

    @Test
    void aRenewedPeeringKeepsItsNewEndWhateverIsAskedAfter() {
        ManagedPeering renewed = done(temporaryPeering(), renewal(List.of(), RENEWED_END, 1));

        ManagedPeering closeAsked = renewed.ask(Change.asked(ChangeKind.OPEN, PortList.parse("tcp:443"), "U0ERIN",
                ASKED.plusSeconds(7200), Set.of()));

        assertThat(ends(renewed)).containsExactly(RENEWED_END);
        assertThat(ends(closeAsked)).as("an open asked, not even approved, by someone who owns neither side")
                .containsExactly(RENEWED_END);
        assertThat(Term.of(closeAsked).get(0).source().ref()).as("the renewal, so its reminder counts from it")
                .isEqualTo(renewed.renewed().orElseThrow().ref()).isNotEqualTo(renewed.creation().ref());
    }

    @Test
    void aRenewalClearsTheReminderOfTheOldEndSoTheNewOneIsReminded() {
        ManagedPeering peering = temporaryPeering();
        ManagedPeering reminded = peering.remind(peering.creation().ref(), FIRST_END.minus(Duration.ofHours(1)));

        ManagedPeering renewed = done(reminded, renewal(List.of(), RENEWED_END, 1));

        Term term = Term.of(renewed).get(0);
        assertThat(term.reminderDue(RENEWED_END.minus(Duration.ofHours(1)))).isTrue();
    }

    @Test
    void aTemporaryOpeningKeepsItsEndWhenAPermanentOpenFollows() {
        ManagedPeering opened = done(Peerings.at(Stage.APPLIED, "icmp"), open("tcp:6379", FIRST_END, 1));

        ManagedPeering more = done(opened, open("tcp:443", null, 2));

        assertThat(Term.of(more)).singleElement().satisfies(term -> {
            assertThat(term.ports()).containsExactly(PortRange.tcp(6379));
            assertThat(term.end()).isEqualTo(FIRST_END);
        });
        assertThat(more.portsInForce()).contains(PortRange.tcp(6379), PortRange.tcp(443));
    }

    @Test
    void aTemporaryOpeningIsRenewedNarrowedByACloseAndGoneOnceAllItsPortsAreClosed() {
        ManagedPeering opened = done(Peerings.at(Stage.APPLIED, "icmp"), open("tcp:6379,tcp:6380", FIRST_END, 1));

        ManagedPeering renewed = done(opened, renewal(PortList.parse("tcp:6379,tcp:6380"), RENEWED_END, 2));
        ManagedPeering narrowed = done(renewed, close("tcp:6380", 3));
        ManagedPeering closed = done(narrowed, close("tcp:6379", 4));

        assertThat(Term.of(renewed)).singleElement().satisfies(t -> assertThat(t.end()).isEqualTo(RENEWED_END));
        assertThat(Term.of(narrowed)).singleElement()
                .satisfies(t -> assertThat(t.ports()).containsExactly(PortRange.tcp(6379)));
        assertThat(Term.of(closed)).isEmpty();
        assertThat(closed.opening()).isEmpty();
    }

    @Test
    void theOpeningsReminderIsRecordedWhereItsTermIsKept() {
        ManagedPeering opened = done(Peerings.at(Stage.APPLIED, "icmp"), open("tcp:6379", FIRST_END, 1));
        ManagedPeering repairAsked = opened.ask(Change.asked(ChangeKind.REPAIR, List.of(), "U0APPOWN",
                ASKED.plusSeconds(7200), Set.of(Side.REQUESTER)));
        Term term = Term.of(repairAsked).get(0);

        ManagedPeering reminded = repairAsked.remind(term.source().ref(), FIRST_END.minus(Duration.ofMinutes(5)));

        assertThat(Term.of(reminded).get(0).reminderDue(FIRST_END.minusSeconds(1))).isFalse();
        assertThat(reminded.lastChange()).contains(repairAsked.lastChange().orElseThrow());
    }

    @Test
    void aRecordWrittenBeforeEndsWereKeptApartReadsWithTheSameEnds() {
        ManagedPeering renewedThen = done(temporaryPeering(), renewal(List.of(), RENEWED_END, 1));
        ManagedPeering asRead = new ManagedPeering(renewedThen.id(), renewedThen.requester(), renewedThen.accepter(),
                renewedThen.thread(), renewedThen.options(), temporaryPeering().creation(), renewedThen.later());
        ManagedPeering openedThen = done(Peerings.at(Stage.APPLIED, "icmp"), open("tcp:6379", FIRST_END, 1));
        ManagedPeering openedAsRead = new ManagedPeering(openedThen.id(), openedThen.requester(),
                openedThen.accepter(), openedThen.thread(), openedThen.options(), openedThen.creation(),
                openedThen.later());

        assertThat(ends(asRead.withEndsKept())).containsExactly(RENEWED_END);
        assertThat(asRead.withEndsKept().withEndsKept()).isEqualTo(asRead.withEndsKept());
        assertThat(openedAsRead.withEndsKept().opening()).isPresent();
        assertThat(Term.of(openedAsRead.withEndsKept())).isEqualTo(Term.of(openedThen));
    }

    private static List<Instant> ends(ManagedPeering peering) {
        return Term.of(peering).stream().map(Term::end).toList();
    }

    /** Created for two days and applied. */
    private static ManagedPeering temporaryPeering() {
        ManagedPeering applied = Peerings.at(Stage.APPLIED, "icmp");
        Change creation = applied.creation();
        Change temporary = new Change(creation.kind(), creation.ports(), creation.requestedBy(),
                creation.requestedAt(), creation.approvals(), creation.state(), null, null, "", FIRST_END, null);
        return new ManagedPeering(applied.id(), applied.requester(), applied.accepter(), applied.thread(),
                applied.options(), temporary, null);
    }

    private static ManagedPeering done(ManagedPeering peering, Change change) {
        return Peerings.approvedByBoth(peering.ask(change), change.ref()).begin(change.ref()).finish(change.ref());
    }

    private static Change open(String ports, Instant end, int minute) {
        return Change.asked(ChangeKind.OPEN, PortList.parse(ports), "U0ALICE", at(minute), Set.of(), end);
    }

    private static Change renewal(List<PortRange> ports, Instant end, int minute) {
        return Change.asked(ChangeKind.RENEW, ports, "U0ALICE", at(minute), Set.of(), end);
    }

    private static Change close(String ports, int minute) {
        return Change.asked(ChangeKind.CLOSE, PortList.parse(ports), "U0ALICE", at(minute), Set.of());
    }

    private static Instant at(int minute) {
        return ASKED.plus(Duration.ofMinutes(60L * 24 + minute));
    }
}
