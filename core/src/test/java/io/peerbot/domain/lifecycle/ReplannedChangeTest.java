package io.peerbot.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A change whose plan changed awaits approval of the new plan; only the asker's own consent survives. */
class ReplannedChangeTest {
    private static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void approvalsOfTheOldPlanAreVoidButTheAskerKeepsConsentForTheSideTheyOwn() {
        Change asked = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), "U0APPOWN", AT,
                Set.of(Side.REQUESTER)).boundTo("0123456789abcdef0123456789abcdef");
        Change approved = asked.approve(new Approval(Side.ACCEPTER, "U0DBOWN", AT)).begin();

        Change replanned = approved.replanned("fedcba9876543210fedcba9876543210",
                asked.approvals());

        assertThat(replanned.state()).isEqualTo(ChangeState.AWAITING_APPROVAL);
        assertThat(replanned.awaiting()).containsExactly(Side.ACCEPTER);
        assertThat(replanned.planDigest()).isEqualTo("fedcba9876543210fedcba9876543210");
        assertThat(replanned.ref()).isEqualTo(asked.ref());
    }

    @Test
    void aChangeAlreadyDoneIsNotPlannedAgain() {
        Change done = Change.asked(ChangeKind.DELETE, java.util.List.of(), "U0APPOWN", AT,
                Set.of(Side.REQUESTER, Side.ACCEPTER)).begin().finish();

        assertThatThrownBy(() -> done.replanned("fedcba9876543210fedcba9876543210", java.util.List.of()))
                .isInstanceOf(IllegalStateException.class);
    }
}
