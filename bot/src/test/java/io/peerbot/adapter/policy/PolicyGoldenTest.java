package io.peerbot.adapter.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.policy.ExtraApproval;
import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.policy.PlannedPeering;
import io.peerbot.domain.policy.PolicyDecision;
import io.peerbot.domain.policy.VpcFacts;
import io.peerbot.domain.traffic.PortList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Golden decisions: every case of {@code policy/golden-cases.yml} (a request) judged by the rules of
 * {@code policy/golden-policy.yml}, read by the production loader, gets exactly the denials (rule name and line)
 * and extra approvals the case expects.
 */
class PolicyGoldenTest {
    private static final Guardrails POLICY = YamlPolicyFile.parse("golden-policy.yml", text("golden-policy.yml"));

    static Stream<Arguments> cases() {
        Map<String, Object> golden = new Yaml(new SafeConstructor(new LoaderOptions())).load(text("golden-cases.yml"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> vpcs = (Map<String, Map<String, Object>>) golden.get("vpcs");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cases = (List<Map<String, Object>>) golden.get("cases");
        return cases.stream().map(c -> Arguments.of(c.get("name"), plan(c, vpcs), c.get("expect"),
                c.getOrDefault("approvers", List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides_as_the_golden_table_says(String name, PlannedPeering plan, Object expect, List<String> approvers) {
        PolicyDecision decision = POLICY.judge(plan);

        List<String> denials = decision.denials().stream().map(d -> d.rule().name() + "@" + d.rule().line()).toList();
        assertThat(denials).as("rules denying '%s'", name)
                .containsExactlyElementsOf("allow".equals(expect) ? List.of() : strings(expect));
        assertThat(decision.allowed()).isEqualTo("allow".equals(expect));
        assertThat(decision.approvals().stream().map(a -> a.rule().name()).toList()).as("extra approvals of '%s'", name)
                .containsExactlyElementsOf(approvers);
        decision.approvals().stream().map(ExtraApproval::approvers)
                .forEach(who -> assertThat(who).containsExactly("S0NETWORK"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static PlannedPeering plan(Map<String, Object> c, Map<String, Map<String, Object>> vpcs) {
        Optional<java.time.Duration> duration = Optional.ofNullable((String) c.get("for")).map(DurationText::parse);
        return new PlannedPeering("create", vpc(vpcs.get((String) c.get("from"))), vpc(vpcs.get((String) c.get("to"))),
                PortList.parse((String) c.get("ports")), (List<String>) c.getOrDefault("subnets", List.of()),
                Boolean.TRUE.equals(c.get("both-ways")), duration, (String) c.getOrDefault("reason", ""));
    }

    @SuppressWarnings("unchecked")
    private static VpcFacts vpc(Map<String, Object> vpc) {
        return new VpcFacts((String) vpc.get("id"), (String) vpc.get("name"), (String) vpc.get("account"),
                (String) vpc.get("region"), (Map<String, String>) vpc.get("tags"));
    }

    private static String text(String name) {
        try (InputStream in = PolicyGoldenTest.class.getResourceAsStream("/policy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
