package io.peerbot.adapter.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.policy.PlannedPeering;
import io.peerbot.domain.policy.Violation;
import io.peerbot.domain.policy.VpcFacts;
import io.peerbot.domain.traffic.PortList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and tired policy files: each gets a specific error at its line, and a file with any error is not used. */
class YamlPolicyFileTest {

    @Test
    void an_unknown_rule_kind_is_named_with_its_line_and_a_suggestion() {
        List<PolicyFileError> errors = errors("""
                rules:
                  - name: pci-ports
                    vpc: {tags: {pci: "true"}}
                    allow-port: tcp:5432
                """);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.message()).contains("unknown rule kind 'allow-port'", "did you mean allow-ports?");
        });
    }

    @Test
    void a_bad_cel_expression_is_refused_at_its_line_with_what_cel_says() {
        List<PolicyFileError> errors = errors("""
                rules:
                  - name: ok
                    deny-ports: tcp:23
                  - name: broken
                    when: ports.exists(p, p.protocol == ) && nonsense
                    deny: true
                """);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.message()).contains("rule 'broken'", "does not compile");
        });
    }

    @Test
    void a_cel_expression_that_is_not_a_condition_is_refused() {
        assertThat(errors("""
                rules:
                  - name: not-bool
                    when: requester.account
                    deny: true
                """)).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(3));
        assertThat(errors("""
                rules:
                  - name: unknown-variable
                    when: owner == "alice"
                    deny: true
                """)).singleElement().satisfies(e -> assertThat(e.message()).contains("owner"));
    }

    @Test
    void duplicate_rule_names_are_refused_naming_both_lines() {
        List<PolicyFileError> errors = errors("""
                rules:
                  - name: no-telnet
                    deny-ports: tcp:23
                  - name: no-telnet
                    deny-ports: tcp:2323
                """);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.message()).contains("'no-telnet' is used twice (first at line 2)");
        });
    }

    @Test
    void a_huge_file_is_refused_before_it_is_parsed(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("policy.yml");
        Files.writeString(huge, "rules:\n" + "  - {name: r, deny-ports: tcp:23}\n".repeat(20_000));

        PolicyFileException e = catchThrowableOfType(PolicyFileException.class, () -> YamlPolicyFile.load(huge));

        assertThat(e.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains("bytes; a policy file takes at most " + YamlPolicyFile.MAX_BYTES));
    }

    @Test
    void too_many_rules_are_refused() {
        String many = "rules:\n" + java.util.stream.IntStream.range(0, YamlPolicyFile.MAX_RULES + 1)
                .mapToObj(i -> "  - {name: r" + i + ", deny-ports: tcp:23}\n").reduce("", String::concat);

        assertThat(errors(many)).singleElement().satisfies(e -> assertThat(e.message()).contains("at most 500"));
    }

    @Test
    void an_alias_bomb_is_refused_not_expanded() {
        StringBuilder text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 25; i++) {
            text.append("a").append(i).append(": &a").append(i).append(" [*a, *a, *a, *a, *a, *a]\n");
        }
        assertThat(errors(text.toString())).singleElement().satisfies(e ->
                assertThat(e.message()).contains("not valid YAML"));
    }

    @Test
    void every_error_of_a_file_is_reported_at_once() {
        List<PolicyFileError> errors = errors("""
                rules:
                  - deny: true
                  - name: two-kinds
                    deny: true
                    require-subnets: true
                  - name: bad-ports
                    allow-ports: [tcp:99999]
                  - name: bad-duration
                    max-duration: forever
                  - name: bad-approver
                    approvers: [alice]
                  - name: bad-selector
                    vpc: {account: "12", colour: blue}
                    deny: true
                """);

        assertThat(errors).extracting(PolicyFileError::line).containsExactly(2, 5, 7, 9, 11, 13);
        assertThat(errors.get(0).message()).contains("no name");
        assertThat(errors.get(1).message()).contains("two kinds");
        assertThat(errors.get(3).message()).contains("'forever' is not a duration");
        assertThat(errors.get(4).message()).contains("'alice' is neither a Slack user id");
        assertThat(errors.get(5).message()).contains("'12' is not an account id");
    }

    @Test
    void not_yaml_and_the_wrong_shape_are_told_apart() {
        assertThat(errors("rules: [\n  - name: x\n")).singleElement().satisfies(e ->
                assertThat(e.message()).startsWith("not valid YAML"));
        assertThat(errors("")).singleElement().satisfies(e -> assertThat(e.message()).contains("empty"));
        assertThat(errors("rule:\n  - name: x\n    deny: true\n")).extracting(PolicyFileError::message)
                .anySatisfy(m -> assertThat(m).contains("unknown key 'rule'"));
    }

    @Test
    void a_condition_that_fails_on_a_plan_denies_naming_the_expression() {
        Guardrails policy = YamlPolicyFile.parse("p.yml", """
                rules:
                  - name: prod-by-tag
                    when: requester.tags["env"] == "prod"
                    deny: true
                """);

        var decision = policy.judge(new PlannedPeering("create", vpc(Map.of()), vpc(Map.of()), PortList.parse("icmp"),
                List.of(), false, Optional.empty(), ""));

        assertThat(decision.denials()).singleElement().satisfies(d ->
                assertThat(d.violation()).isInstanceOf(Violation.ConditionFailed.class));
    }

    private static VpcFacts vpc(Map<String, String> tags) {
        return new VpcFacts("vpc-0a000001", "a", "111122223333", "eu-west-1", tags);
    }

    private static List<PolicyFileError> errors(String text) {
        PolicyFileException e = catchThrowableOfType(PolicyFileException.class,
                () -> YamlPolicyFile.parse("policy.yml", text));
        assertThat(e).as("the file is refused").isNotNull();
        return e.errors();
    }
}
