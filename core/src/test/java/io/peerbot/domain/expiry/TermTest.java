package io.peerbot.domain.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermTest {
    private static final Instant ASKED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aLongTermIsRemindedADayBeforeItsEndAShortOneWithATenthLeft() {
        Term week = new Term(ASKED.plus(Duration.ofDays(7)), List.of(), temporary(Duration.ofDays(7)));
        Term twoMinutes = new Term(ASKED.plus(Duration.ofMinutes(2)), List.of(), temporary(Duration.ofMinutes(2)));

        assertThat(week.remindAt()).isEqualTo(ASKED.plus(Duration.ofDays(6)));
        assertThat(twoMinutes.remindAt()).isEqualTo(ASKED.plus(Duration.ofSeconds(108)));
        assertThat(twoMinutes.reminderDue(ASKED.plusSeconds(107))).isFalse();
        assertThat(twoMinutes.reminderDue(ASKED.plusSeconds(108))).isTrue();
        assertThat(twoMinutes.over(ASKED.plusSeconds(119))).isFalse();
        assertThat(twoMinutes.over(ASKED.plusSeconds(120))).isTrue();
    }

    @Test
    void aReminderGoesOutOnce() {
        Change reminded = temporary(Duration.ofMinutes(2)).reminded(ASKED.plusSeconds(110));
        Term term = new Term(reminded.endsAt(), List.of(), reminded);

        assertThat(term.reminderDue(ASKED.plusSeconds(115))).isFalse();
    }

    @Test
    void lifetimesAreWholeMinutesHoursOrDaysFromAMinuteToAYear() {
        assertThat(Lifetime.parse("72h").length()).isEqualTo(Duration.ofHours(72));
        assertThat(Lifetime.parse("90M").toString()).isEqualTo("90m");
        assertThat(Lifetime.parse("48h").toString()).isEqualTo("2d");
        assertThatThrownBy(() -> Lifetime.parse("1.5h")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> Lifetime.parse("30s")).hasMessageContaining("unknown unit 's'");
        assertThatThrownBy(() -> Lifetime.parse("0d")).hasMessageContaining("too short");
        assertThatThrownBy(() -> Lifetime.parse("9000h")).hasMessageContaining("too long");
    }

    @Test
    void aPermanentKindTakesNoEnd() {
        assertThatThrownBy(() -> new Change(ChangeKind.CLOSE, PortList.parse("tcp:22"), "U0ALICE", ASKED, List.of(),
                ChangeState.AWAITING_APPROVAL, null, null, "", ASKED.plusSeconds(60), null))
                .hasMessageContaining("has no end time");
    }

    private static Change temporary(Duration length) {
        return new Change(ChangeKind.CREATE, PortList.parse("icmp"), "U0ALICE", ASKED,
                List.of(new Approval(Side.REQUESTER, "U0ALICE", ASKED), new Approval(Side.ACCEPTER, "U0BOB", ASKED)),
                ChangeState.DONE, null, null, "", ASKED.plus(length), null);
    }
}
