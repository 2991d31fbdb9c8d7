package io.peerbot.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The request's state machine as a table: every edge there is, and none besides. */
class RequestStateTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AWAITING_APPROVAL | APPROVED DENIED EXPIRED
            APPROVED          | APPLYING FAILED
            APPLYING          | APPLIED FAILED
            APPLIED           | APPLYING DELETING
            FAILED            | APPLYING DELETING
            DELETING          | DELETED FAILED
            DENIED            | ''
            EXPIRED           | ''
            DELETED           | ''
            """)
    void movesAlongItsEdgesOnly(RequestState from, String to) {
        Set<RequestState> next = Arrays.stream(to.split("\\s+")).filter(s -> !s.isEmpty()).map(RequestState::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestState.class)));
        for (RequestState target : RequestState.values()) {
            assertThat(from.canMoveTo(target)).as("%s → %s", from, target).isEqualTo(next.contains(target));
            if (!next.contains(target)) {
                assertThatThrownBy(() -> from.moveTo(target)).isInstanceOf(IllegalStateException.class)
                        .hasMessage("a request that is " + from.tag() + " cannot become " + target.tag());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void readsBackItsTag(RequestState state) {
        assertThat(RequestState.fromTag(state.tag())).isEqualTo(state);
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void owesWorkOnlyWhileApprovedApplyingOrDeleting(RequestState state) {
        assertThat(state.unfinished()).isEqualTo(EnumSet.of(RequestState.APPROVED, RequestState.APPLYING,
                RequestState.DELETING).contains(state));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AWAITING_APPROVAL | APPLYING DENIED
            APPLYING          | DONE FAILED
            FAILED            | APPLYING
            DONE              | ''
            DENIED            | ''
            """)
    void aChangeMovesAlongItsEdgesOnly(ChangeState from, String to) {
        Set<ChangeState> next = Arrays.stream(to.split("\\s+")).filter(s -> !s.isEmpty()).map(ChangeState::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChangeState.class)));
        for (ChangeState target : ChangeState.values()) {
            assertThat(from.canMoveTo(target)).as("%s → %s", from, target).isEqualTo(next.contains(target));
        }
        assertThat(ChangeState.fromTag(from.tag())).isEqualTo(from);
        assertThat(from.pending()).isEqualTo(from == ChangeState.AWAITING_APPROVAL || from == ChangeState.APPLYING);
    }
}
