package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.approval.ClickVerdict;
import io.peerbot.domain.approval.Owners;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.peering.PeeringOptions;
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
 * The policy as a table. Owners: the requester side (app) is owned by U0APPOWN and U0BOTH, the accepter
 * side (db) by U0DBOWN1, U0DBOWN2 and U0BOTH; W0ADMIN is an admin; U0OUTSID and U0OTHER own nothing.
 * A verdict is {@code approves SIDE…}, {@code denies}, or {@code refused: <part of the reason>}.
 */
class ApprovalPolicyWordsTest {
    private static final Owners APP = new Owners(Set.of("U0APPOWN", "U0BOTH"), "tag");
    private static final Owners DB = new Owners(Set.of("U0DBOWN1", "U0DBOWN2", "U0BOTH"), "owners file");

    private final ApprovalPolicy policy = new ApprovalPolicy(Set.of("W0ADMIN"));

    @ParameterizedTest(name = "[{index}] {0} asks")
    @CsvSource(delimiter = '|', textBlock = """
            U0APPOWN | REQUESTER
            U0DBOWN1 | ACCEPTER
            U0BOTH   | REQUESTER ACCEPTER
            U0OUTSID | ''
            W0ADMIN  | ''
            """)
    void theRequesterConsentsForTheSidesTheyOwn(String requester, String sides) {
        assertThat(policy.consentedByAsking(requester, APP, DB)).isEqualTo(sides(sides));
    }

    @ParameterizedTest(name = "[{index}] asked by {0}, approved {1}, {2}: {3} clicks Approve")
    @CsvSource(delimiter = '|', textBlock = """
            # requester owns the requester side, which they consented to by asking
            U0APPOWN | requester=U0APPOWN | AWAITING_APPROVAL | U0APPOWN | refused: you asked for this peering; <@U0BOTH>, <@U0DBOWN1> or <@U0DBOWN2> must approve the accepter side
            U0APPOWN | requester=U0APPOWN | AWAITING_APPROVAL | U0DBOWN1 | approves ACCEPTER
            U0APPOWN | requester=U0APPOWN | AWAITING_APPROVAL | U0BOTH   | approves ACCEPTER
            U0APPOWN | requester=U0APPOWN | AWAITING_APPROVAL | W0ADMIN  | approves ACCEPTER
            U0APPOWN | requester=U0APPOWN | AWAITING_APPROVAL | U0OUTSID | refused: you own neither VPC of this peering; <@U0BOTH>, <@U0DBOWN1> or <@U0DBOWN2> must approve the accepter side
            # requester owns the accepter side only
            U0DBOWN1 | accepter=U0DBOWN1  | AWAITING_APPROVAL | U0DBOWN1 | refused: you asked for this peering; <@U0APPOWN> or <@U0BOTH> must approve the requester side
            U0DBOWN1 | accepter=U0DBOWN1  | AWAITING_APPROVAL | U0APPOWN | approves REQUESTER
            # requester owns neither side
            U0OUTSID | ''                 | AWAITING_APPROVAL | U0OUTSID | refused: you asked for this peering; <@U0APPOWN> or <@U0BOTH> must approve the requester side, and <@U0BOTH>, <@U0DBOWN1> or <@U0DBOWN2> must approve the accepter side
            U0OUTSID | ''                 | AWAITING_APPROVAL | U0APPOWN | approves REQUESTER
            U0OUTSID | ''                 | AWAITING_APPROVAL | U0DBOWN2 | approves ACCEPTER
            U0OUTSID | ''                 | AWAITING_APPROVAL | U0BOTH   | approves REQUESTER ACCEPTER
            U0OUTSID | ''                 | AWAITING_APPROVAL | W0ADMIN  | approves REQUESTER ACCEPTER
            U0OUTSID | ''                 | AWAITING_APPROVAL | U0OTHER  | refused: you own neither VPC of this peering; <@U0APPOWN> or <@U0BOTH> must approve the requester side, and
            U0OUTSID | requester=U0APPOWN | AWAITING_APPROVAL | U0BOTH   | approves ACCEPTER
            # double click, and a co-owner who was beaten to it
            U0OUTSID | accepter=U0DBOWN1  | AWAITING_APPROVAL | U0DBOWN1 | refused: already approved by you (accepter side); <@U0APPOWN> or <@U0BOTH> must approve the requester side
            U0OUTSID | accepter=U0DBOWN1  | AWAITING_APPROVAL | U0DBOWN2 | refused: the accepter side was already approved by <@U0DBOWN1>; <@U0APPOWN> or <@U0BOTH> must approve the requester side
            # an admin who asked still approves by clicking
            W0ADMIN  | ''                 | AWAITING_APPROVAL | W0ADMIN  | approves REQUESTER ACCEPTER
            # decided requests
            U0BOTH   | requester=U0BOTH accepter=U0BOTH | APPLYING | U0DBOWN1 | refused: this request was already approved (now applying); nothing changes
            U0OUTSID | requester=U0APPOWN accepter=U0DBOWN1 | APPLYING | W0ADMIN | refused: this request was already approved (now applying)
            U0OUTSID | ''                 | DENIED            | U0DBOWN1 | refused: this request was denied by <@U0DBOWN2>; nothing changes
            U0OUTSID | ''                 | EXPIRED           | W0ADMIN  | refused: this request has expired; ask again with /peer
            U0OUTSID | requester=U0APPOWN accepter=U0DBOWN1 | AWAITING_APPROVAL | U0BOTH | refused: both sides have approved already
            """)
    void judgesAnApproveClick(String requester, String approvals, ChangeState state, String clicker,
                              String verdict) {
        assertVerdict(policy.judgeApprove(clicker, request(requester, approvals, state), APP, DB), verdict);
    }

    @ParameterizedTest(name = "[{index}] {2}: {1} clicks Deny")
    @CsvSource(delimiter = '|', textBlock = """
            U0OUTSID | U0APPOWN | AWAITING_APPROVAL | denies
            U0OUTSID | U0DBOWN2 | AWAITING_APPROVAL | denies
            U0OUTSID | W0ADMIN  | AWAITING_APPROVAL | denies
            U0OUTSID | U0OUTSID | AWAITING_APPROVAL | denies
            U0OUTSID | U0OTHER  | AWAITING_APPROVAL | refused: only the owners of the two VPCs (<@U0APPOWN>, <@U0BOTH>, <@U0DBOWN1> and <@U0DBOWN2>), the requester <@U0OUTSID> or an admin (<@W0ADMIN>) can deny this request; nothing changes
            U0OUTSID | U0DBOWN1 | DENIED            | refused: this request was denied by <@U0DBOWN2>
            U0OUTSID | W0ADMIN  | DONE              | refused: this request was already approved (now done)
            """)
    void judgesADenyClick(String requester, String clicker, ChangeState state, String verdict) {
        assertVerdict(policy.judgeDeny(clicker, request(requester, "", state), APP, DB), verdict);
    }

    @ParameterizedTest(name = "[{index}] {0} clicks")
    @CsvSource(delimiter = '|', textBlock = """
            U0APPOWN | approves REQUESTER
            U0OTHER  | refused: you own neither VPC of this peering; <@U0APPOWN> or <@U0BOTH> must approve the requester side, and an admin (<@W0ADMIN>) must approve the accepter side
            W0ADMIN  | approves REQUESTER ACCEPTER
            """)
    void namesAnAdminForASideWithoutOwner(String clicker, String verdict) {
        assertVerdict(policy.judgeApprove(clicker, request("U0OUTSID", "", ChangeState.AWAITING_APPROVAL), APP,
                Owners.none()), verdict, Owners.none());
    }

    private static void assertVerdict(ClickVerdict actual, String expected) {
        assertVerdict(actual, expected, DB);
    }

    /** A refusal is asserted as the clicker reads it. */
    private static void assertVerdict(ClickVerdict actual, String expected, Owners accepterOwners) {
        if (expected.startsWith("approves")) {
            assertThat(actual).isEqualTo(new ClickVerdict.Approves(sides(expected.substring("approves".length()))));
        } else if (expected.equals("denies")) {
            assertThat(actual).isEqualTo(new ClickVerdict.Denies());
        } else {
            assertThat(actual).isInstanceOf(ClickVerdict.Refused.class);
            assertThat(ApprovalWords.refusal((ClickVerdict.Refused) actual, APP, accepterOwners, Set.of("W0ADMIN")))
                    .contains(expected.substring("refused: ".length()));
        }
    }

    private static Set<Side> sides(String names) {
        return Arrays.stream(names.strip().split("\\s+")).filter(s -> !s.isEmpty()).map(Side::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Side.class)));
    }

    private static Change request(String requester, String approvals, ChangeState state) {
        List<Approval> given = Arrays.stream(approvals.strip().split("\\s+")).filter(s -> !s.isEmpty())
                .map(a -> a.split("=")).map(a -> new Approval(Side.valueOf(a[0].toUpperCase()), a[1], Instant.EPOCH))
                .toList();
        return new Change(ChangeKind.CREATE, PeeringOptions.DEFAULT_PORTS, requester, Instant.EPOCH, given, state,
                state == ChangeState.DENIED ? "U0DBOWN2" : null, null, "");
    }
}
