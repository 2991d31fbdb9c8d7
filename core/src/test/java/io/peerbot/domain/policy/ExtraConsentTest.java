package io.peerbot.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A rule with approvers: "prod changes need the network team too" (S0NETWORK: U0NETA and U0NETB). */
class ExtraConsentTest {
    private static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");
    private static final PolicyRule NETWORK_TEAM = new PolicyRule("network-team", 6,
            new RuleScope.EitherSide(VpcSelector.tagged("env", "prod")), Optional.empty(),
            new RuleEffect.ExtraApprovers(List.of("S0NETWORK")), "");
    private static final ExtraApproval NETWORK = new ExtraApproval(NETWORK_TEAM, List.of("S0NETWORK"));
    private final ExtraConsent consent = new ExtraConsent(List.of(NETWORK),
            rule -> new Owners(Set.of("U0NETA", "U0NETB"), "the user group S0NETWORK"));
    private final Change asked = Change.asked(ChangeKind.CREATE, PortList.parse("tcp:5432"), "U0ALICE", AT,
            Set.of(Side.REQUESTER));

    @Test
    void aMatchingRulesApprovalIsNeededEvenWhenBothOwnersApproved() {
        Change ownersDone = asked.approve(new Approval(Side.ACCEPTER, "U0DBOWN", AT));

        assertThat(ownersDone.awaiting()).isEmpty();
        assertThat(consent.outstanding(ownersDone)).containsExactly(NETWORK);
        assertThat(consent.complete(ownersDone)).isFalse();
    }

    @Test
    void aMemberOfTheGroupGivesItAndItIsKeptApartFromTheSides() {
        ExtraConsent.Click click = consent.judge("U0NETB", asked);

        assertThat(click).isInstanceOfSatisfying(ExtraConsent.Click.Approves.class,
                a -> assertThat(a.rules()).containsExactly(NETWORK));
        Change approved = asked;
        for (Approval approval : ((ExtraConsent.Click.Approves) click).approvals("U0NETB", AT)) {
            approved = approved.approve(approval);
        }
        assertThat(consent.complete(approved)).isTrue();
        assertThat(consent.judge("U0NETA", approved)).isInstanceOf(ExtraConsent.Click.NoneOutstanding.class);
        assertThat(approved.consentedSides()).as("an extra approval consents for no side")
                .containsExactly(Side.REQUESTER);
        assertThat(approved.awaiting()).containsExactly(Side.ACCEPTER);
    }

    @Test
    void someoneOutsideTheGroupIsNotAnApproverAndIsToldWhoIs() {
        assertThat(consent.judge("U0MALLORY", asked)).isEqualTo(
                new ExtraConsent.Click.NotAnApprover(List.of(NETWORK)));
    }

    @Test
    void whoeverAskedCannotGiveItEvenAsAMemberOfTheGroup() {
        Change askedByAMember = Change.asked(ChangeKind.RENEW, List.of(), "U0NETA", AT, Set.of(Side.REQUESTER));

        assertThat(consent.judge("U0NETA", askedByAMember)).isEqualTo(
                new ExtraConsent.Click.AskedByYou(List.of(NETWORK)));
        assertThat(consent.judge("U0NETB", askedByAMember)).isInstanceOf(ExtraConsent.Click.Approves.class);
    }

    @Test
    void withoutMatchingRulesNothingIsOutstanding() {
        assertThat(ExtraConsent.none().complete(asked)).isTrue();
        assertThat(ExtraConsent.none().judge("U0NETA", asked)).isInstanceOf(ExtraConsent.Click.NoneOutstanding.class);
    }

    @Test
    void anApprovalIsForASideOrForARuleNeverBoth() {
        assertThat(Approval.extra("network-team", "U0NETA", AT).extra()).isTrue();
        assertThat(new Approval(Side.ACCEPTER, "U0DBOWN", AT).extra()).isFalse();
        assertThatThrownBy(() -> new Approval(Side.ACCEPTER, "U0NETA", AT, "network-team"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
