package io.peerbot.application.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.policy.PlannedPeering;
import io.peerbot.domain.policy.PolicyRule;
import io.peerbot.domain.policy.RuleEffect;
import io.peerbot.domain.policy.RuleScope;
import io.peerbot.domain.policy.VpcFacts;
import io.peerbot.domain.policy.VpcSelector;
import io.peerbot.domain.traffic.PortRange;
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
}
