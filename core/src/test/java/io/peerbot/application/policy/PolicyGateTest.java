package io.peerbot.application.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.engine.Reading;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.Peerings;
import io.peerbot.domain.lifecycle.Stage;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.policy.PlannedPeering;
import io.peerbot.domain.policy.PolicyRule;
import io.peerbot.domain.policy.RuleEffect;
import io.peerbot.domain.policy.RuleScope;
import io.peerbot.domain.policy.VpcFacts;
import io.peerbot.domain.policy.VpcSelector;
import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyGateTest {
    private static final String ADMIN = "U0ADMIN";
    private static final String ALICE = "U0ALICE";
    private static final PolicyRule NO_TELNET = new PolicyRule("no-telnet", 3, new RuleScope.Everywhere(),
            Optional.empty(), new RuleEffect.DenyPorts(List.of(PortRange.tcp(23))), "");
    private static final PolicyRule NETWORK_TEAM = new PolicyRule("network-team", 6,
            new RuleScope.EitherSide(VpcSelector.tagged("env", "prod")), Optional.empty(),
            new RuleEffect.ExtraApprovers(List.of("S0NETWORK")), "");
    private final PolicyGate gate = new PolicyGate(new Guardrails("policy.yml", List.of(NO_TELNET, NETWORK_TEAM)),
            new ApprovalPolicy(Set.of(ADMIN)));

    @Test
    void aPlanNoRuleDeniesIsAllowed() {
        assertThat(gate.judge(ALICE, plan(PortRange.tcp(5432), "test"), "")).isInstanceOf(PolicyGate.Verdict.Allowed.class);
    }

    @Test
    void aDenialTellsWhetherTheAskerMayOverride() {
        assertThat(gate.judge(ALICE, plan(PortRange.tcp(23), "test"), ""))
                .isEqualTo(new PolicyGate.Verdict.Denied(gate.guardrails().judge(plan(PortRange.tcp(23), "test")), false));
        assertThat(gate.judge(ADMIN, plan(PortRange.tcp(23), "test"), ""))
                .isInstanceOfSatisfying(PolicyGate.Verdict.Denied.class, d -> assertThat(d.mayOverride()).isTrue());
    }

    @Test
    void anAdminsOverrideGoesAheadWithItsWhy() {
        assertThat(gate.judge(ADMIN, plan(PortRange.tcp(23), "test"), "INC-1"))
                .isInstanceOfSatisfying(PolicyGate.Verdict.Overridden.class, o -> {
                    assertThat(o.why()).isEqualTo("INC-1");
                    assertThat(o.decision().denials()).extracting(d -> d.rule().name()).containsExactly("no-telnet");
                });
    }

    @Test
    void anyoneElsesOverrideIsRefusedEvenWhereNothingIsDenied() {
        assertThat(gate.judge(ALICE, plan(PortRange.tcp(5432), "test"), "please"))
                .isInstanceOf(PolicyGate.Verdict.OverrideRefused.class);
    }

    @Test
    void extraApproversAreAskedForRatherThanDenying() {
        PolicyGate.Verdict verdict = gate.judge(ALICE, plan(PortRange.tcp(5432), "prod"), "");

        assertThat(verdict).isInstanceOfSatisfying(PolicyGate.Verdict.Allowed.class, a -> {
            assertThat(a.decision().denials()).isEmpty();
            assertThat(a.decision().approvals()).singleElement().satisfies(extra -> {
                assertThat(extra.rule()).isEqualTo(NETWORK_TEAM);
                assertThat(extra.approvers()).containsExactly("S0NETWORK");
            });
        });
    }

    private static PlannedPeering plan(PortRange port, String env) {
        return new PlannedPeering("create", new VpcFacts("vpc-0a000001", "app", "111122223333", "eu-west-1",
                Map.of("env", env)), new VpcFacts("vpc-0a000002", "db", "111122223333", "eu-west-1", Map.of()),
                List.of(port), List.of(), false, Optional.empty(), "");
    }

    @Test
    void laterChangesAreJudgedOnWhatTheyAddOrKeepAndForHowLong() {
        ManagedPeering applied = Peerings.at(Stage.APPLIED, "tcp:5432,tcp:443");
        Reading reading = new Reading(PeeringStatus.ACTIVE, Vpcs.vpc("vpc-0aaa0001").build(),
                Vpcs.vpc("vpc-0bbb0002").build());
        Change renewWhole = Change.asked(ChangeKind.RENEW, List.of(), ALICE, Peerings.ASKED, Set.of(),
                Peerings.ASKED.plus(Duration.ofHours(12)));
        Change renewOpening = Change.asked(ChangeKind.RENEW, PortList.parse("tcp:443"), ALICE, Peerings.ASKED,
                Set.of(), Peerings.ASKED.plus(Duration.ofDays(3)));
        Change extend = Change.asked(ChangeKind.EXTEND, List.of(), ALICE, Peerings.ASKED, Set.of());

        assertThat(PolicyGate.planned(applied, renewWhole, reading)).hasValueSatisfying(p -> {
            assertThat(p.change()).isEqualTo("renew");
            assertThat(p.ports()).as("every port in force").isEqualTo(applied.portsInForce());
            assertThat(p.duration()).contains(Duration.ofHours(12));
        });
        assertThat(PolicyGate.planned(applied, renewOpening, reading)).hasValueSatisfying(p -> {
            assertThat(p.ports()).isEqualTo(PortList.parse("tcp:443"));
            assertThat(p.duration()).contains(Duration.ofDays(3));
        });
        assertThat(PolicyGate.planned(applied, extend, reading)).hasValueSatisfying(p -> {
            assertThat(p.ports()).isEqualTo(applied.portsInForce());
            assertThat(p.duration()).as("a peering for good").isEmpty();
        });
        Change temporaryCreation = Change.asked(ChangeKind.CREATE, PortList.parse("tcp:5432"), ALICE,
                Peerings.ASKED, Set.of(), Peerings.ASKED.plus(Duration.ofHours(2)));
        ManagedPeering asked = new ManagedPeering(Peerings.PCX, Peerings.APP, Peerings.DB, Peerings.THREAD,
                applied.options(), temporaryCreation, null);
        ManagedPeering temporary = Peerings.approvedByBoth(asked, temporaryCreation.ref())
                .begin(temporaryCreation.ref()).finish(temporaryCreation.ref());
        assertThat(PolicyGate.planned(temporary, extend, reading)).hasValueSatisfying(p -> assertThat(p.duration())
                .as("as long as the peering was asked for, which its record keeps as its end")
                .contains(Duration.ofHours(2)));
        for (ChangeKind takesAway : List.of(ChangeKind.CLOSE, ChangeKind.DELETE, ChangeKind.REPAIR)) {
            assertThat(PolicyGate.planned(applied, Change.asked(takesAway,
                    takesAway == ChangeKind.CLOSE ? PortList.parse("tcp:443") : List.of(), ALICE, Peerings.ASKED, Set.of()),
                    reading)).as(takesAway.tag()).isEmpty();
        }
    }
}
