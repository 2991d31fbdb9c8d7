package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.approval.ClickVerdict;
import io.peerbot.domain.approval.Owners;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.peering.Side;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change to an applied peering needs consent as a request does. Owners as in {@link ApprovalPolicyWordsTest}:
 * the requester side (app) is owned by U0APPOWN and U0BOTH, the accepter side (db) by U0DBOWN1, U0DBOWN2 and
 * U0BOTH; W0ADMIN is an admin; U0OUTSID and U0OTHER own nothing.
 */
class ChangeApprovalWordsTest {
    private static final Owners APP = new Owners(Set.of("U0APPOWN", "U0BOTH"), "tag");
    private static final Owners DB = new Owners(Set.of("U0DBOWN1", "U0DBOWN2", "U0BOTH"), "owners file");

    private final ApprovalPolicy policy = new ApprovalPolicy(Set.of("W0ADMIN"));

    @ParameterizedTest(name = "[{index}] asked by {0}, approved {1}, {2}: {3} clicks Approve")
    @CsvSource(delimiter = '|', textBlock = """
            U0APPOWN | requester=U0APPOWN | AWAITING_APPROVAL | U0DBOWN1 | approves ACCEPTER
            U0APPOWN | requester=U0APPOWN | AWAITING_APPROVAL | W0ADMIN  | approves ACCEPTER
            U0APPOWN | requester=U0APPOWN | AWAITING_APPROVAL | U0APPOWN | refused: you asked for this change; <@U0BOTH>, <@U0DBOWN1> or <@U0DBOWN2> must approve the accepter side
            U0APPOWN | requester=U0APPOWN | AWAITING_APPROVAL | U0OUTSID | refused: you own neither VPC of this peering; <@U0BOTH>, <@U0DBOWN1> or <@U0DBOWN2> must approve the accepter side
            U0OUTSID | ''                 | AWAITING_APPROVAL | U0BOTH   | approves REQUESTER ACCEPTER
            U0OUTSID | ''                 | AWAITING_APPROVAL | U0DBOWN2 | approves ACCEPTER
            U0OUTSID | accepter=U0DBOWN1  | AWAITING_APPROVAL | U0DBOWN2 | refused: the accepter side was already approved by <@U0DBOWN1>; <@U0APPOWN> or <@U0BOTH> must approve the requester side
            U0OUTSID | accepter=U0DBOWN1  | AWAITING_APPROVAL | U0DBOWN1 | refused: already approved by you (accepter side)
            U0APPOWN | requester=U0APPOWN accepter=U0DBOWN1 | APPLYING | U0DBOWN2 | refused: this change was already approved and is being applied; nothing changes
            U0APPOWN | requester=U0APPOWN accepter=U0DBOWN1 | DONE     | W0ADMIN  | refused: this change was already approved and applied
            U0APPOWN | requester=U0APPOWN | DENIED            | U0DBOWN1 | refused: this change was denied by <@U0DBOWN2>; nothing changes
            U0APPOWN | requester=U0APPOWN accepter=U0DBOWN1 | FAILED   | U0DBOWN1 | refused: this change was approved but failed
            """)
    void judgesAnApproveClick(String asker, String approvals, ChangeState state, String clicker, String verdict) {
        assertVerdict(policy.judgeApprove(clicker, change(asker, approvals, state), APP, DB), verdict);
    }

    @ParameterizedTest(name = "[{index}] {2}: {1} clicks Deny")
    @CsvSource(delimiter = '|', textBlock = """
            U0APPOWN | U0DBOWN1 | AWAITING_APPROVAL | denies
            U0APPOWN | U0APPOWN | AWAITING_APPROVAL | denies
            U0OUTSID | U0OUTSID | AWAITING_APPROVAL | denies
            U0OUTSID | W0ADMIN  | AWAITING_APPROVAL | denies
            U0APPOWN | U0OTHER  | AWAITING_APPROVAL | refused: only the owners of the two VPCs (<@U0APPOWN>, <@U0BOTH>, <@U0DBOWN1> and <@U0DBOWN2>), the requester <@U0APPOWN> or an admin (<@W0ADMIN>) can deny this change; nothing changes
            U0APPOWN | U0DBOWN1 | APPLYING          | refused: this change was already approved and is being applied
            U0APPOWN | U0DBOWN1 | DENIED            | refused: this change was denied by <@U0DBOWN2>
            """)
    void judgesADenyClick(String asker, String clicker, ChangeState state, String verdict) {
        assertVerdict(policy.judgeDeny(clicker, change(asker, "", state), APP, DB), verdict);
    }

    private static void assertVerdict(ClickVerdict actual, String expected) {
        if (expected.startsWith("approves")) {
            assertThat(actual).isEqualTo(new ClickVerdict.Approves(sides(expected.substring("approves".length()))));
        } else if (expected.equals("denies")) {
            assertThat(actual).isEqualTo(new ClickVerdict.Denies());
        } else {
            assertThat(actual).isInstanceOf(ClickVerdict.Refused.class);
            assertThat(ApprovalWords.refusal((ClickVerdict.Refused) actual, APP, DB, Set.of("W0ADMIN")))
                    .contains(expected.substring("refused: ".length()));
        }
    }

    private static Set<Side> sides(String names) {
        return Arrays.stream(names.strip().split("\\s+")).filter(s -> !s.isEmpty()).map(Side::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Side.class)));
    }

    private static Change change(String asker, String approvals, ChangeState state) {
        List<Approval> given = Arrays.stream(approvals.strip().split("\\s+")).filter(s -> !s.isEmpty())
                .map(a -> a.split("=")).map(a -> new Approval(Side.valueOf(a[0].toUpperCase()), a[1], Instant.EPOCH))
                .toList();
        return new Change(ChangeKind.DELETE, List.of(), asker, Instant.EPOCH, given, state,
                state == ChangeState.DENIED ? "U0DBOWN2" : null, "1.2", "");
    }
}
