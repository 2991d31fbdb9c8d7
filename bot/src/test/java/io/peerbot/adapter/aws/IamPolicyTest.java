package io.peerbot.adapter.aws;

import io.peerbot.testing.ProductionClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * {@code iam/peerbot-policy.json} grants exactly what the bot calls: every AWS SDK call in the compiled bot (EC2,
 * SSM and STS client methods, and the assume-role credentials provider) maps to one IAM action, and the set of
 * those actions equals the policy's. A new SDK call without its action, or an action left behind, fails here.
 * {@code peerbot doctor} tries the same actions and is left out of the scan; it has to cover the policy instead.
 */
class IamPolicyTest {
    private static final Map<String, String> CLIENTS = Map.of(
            Ec2Client.class.getName(), "ec2",
            SsmClient.class.getName(), "ssm",
            StsClient.class.getName(), "sts");
    /** Client methods that are no API call. */
    private static final Set<String> NOT_CALLS = Set.of("builder", "create", "close", "serviceName",
            "serviceClientConfiguration", "waiter", "utilities");

    private static JsonObject policy;
    private static JsonObject trust;
    private static Set<String> called;

    @BeforeAll
    static void load() throws Exception {
        policy = JsonParser.parseString(Files.readString(Path.of(System.getProperty("peerbot.root"), "iam/peerbot-policy.json"))).getAsJsonObject();
        trust = JsonParser.parseString(Files.readString(Path.of(System.getProperty("peerbot.root"), "iam/peerbot-role-trust.json"))).getAsJsonObject();
        JavaClasses bot = new ClassFileImporter()
                .withImportOption(new ProductionClasses())
                .importPackages("io.peerbot.adapter", "io.peerbot.bootstrap", "io.peerbot.application",
                        "io.peerbot.cli", "io.peerbot.config");
        called = new TreeSet<>();
        for (JavaClass type : bot) {
            if (type.getName().startsWith(AwsDoctor.class.getName())) {
                continue; // it tries the bot's actions; what the bot itself calls decides the policy
            }
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                String service = CLIENTS.get(call.getTargetOwner().getName());
                if (service != null && !NOT_CALLS.contains(call.getName())) {
                    called.add(service + ":" + action(call.getName()));
                }
            }
            if (type.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().isEquivalentTo(StsAssumeRoleCredentialsProvider.class))) {
                called.add("sts:AssumeRole");
            }
        }
    }

    /** {@code describeVpcsPaginator} → {@code DescribeVpcs}: a paginator makes the same call page by page. */
    private static String action(String method) {
        String name = method.endsWith("Paginator")
                ? method.substring(0, method.length() - "Paginator".length()) : method;
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    @Test
    void thePolicyGrantsExactlyTheActionsTheBotCalls() {
        assertThat(called).as("the scan finds the bot's calls").contains("ec2:DescribeVpcs", "ec2:CreateRoute",
                "ec2:CreateVpcPeeringConnection", "ssm:SendCommand", "sts:GetCallerIdentity", "sts:AssumeRole");

        assertThat(actions(policy)).as("actions in iam/peerbot-policy.json")
                .containsExactlyInAnyOrderElementsOf(called);
    }

    @Test
    void thePolicyGrantsEachActionOnceAndOnlyAllows() {
        List<String> all = statements(policy).flatMap(s -> strings(s.get("Action")).stream()).toList();

        assertThat(all).doesNotHaveDuplicates().allMatch(a -> !a.contains("*"));
        assertThat(statements(policy)).allSatisfy(s -> {
            assertThat(s.get("Effect").getAsString()).isEqualTo("Allow");
            assertThat(s.has("NotAction") || s.has("NotResource")).isFalse();
        });
        assertThat(policy.get("Version").getAsString()).isEqualTo("2012-10-17");
    }

    @Test
    void doctorChecksEveryActionOfThePolicyOrSaysItCannot() {
        Set<String> ec2 = actions(policy).stream().filter(a -> a.startsWith("ec2:")).collect(Collectors.toSet());
        Set<String> ssm = actions(policy).stream().filter(a -> a.startsWith("ssm:")).collect(Collectors.toSet());

        assertThat(AwsDoctor.EC2_ACTIONS).map(a -> "ec2:" + a).containsExactlyInAnyOrderElementsOf(ec2);
        assertThat(Stream.concat(Stream.of("DescribeInstanceInformation"), AwsDoctor.SSM_NOT_VERIFIABLE.stream())
                .map(a -> "ssm:" + a)).containsExactlyInAnyOrderElementsOf(ssm);
    }

    @Test
    void runCommandIsLimitedToTheDocumentTheBotRuns() {
        JsonObject sendCommand = statements(policy).filter(s -> strings(s.get("Action")).contains("ssm:SendCommand"))
                .findFirst().orElseThrow();

        assertThat(strings(sendCommand.get("Action"))).containsExactly("ssm:SendCommand");
        assertThat(strings(sendCommand.get("Resource"))).contains(
                "arn:aws:ssm:*::document/" + SsmRemoteCommands.DOCUMENT, "arn:aws:ec2:*:*:instance/*");
    }

    @Test
    void theRoleTheBotAssumesTrustsTheBotUnderItsSessionName() {
        JsonObject assume = statements(policy).filter(s -> strings(s.get("Action")).contains("sts:AssumeRole"))
                .findFirst().orElseThrow();
        assertThat(strings(assume.get("Resource"))).containsExactly("arn:aws:iam::*:role/peerbot");

        List<JsonObject> trusts = statements(trust).toList();
        assertThat(trusts).singleElement().satisfies(s -> {
            assertThat(s.get("Effect").getAsString()).isEqualTo("Allow");
            assertThat(strings(s.get("Action"))).containsExactly("sts:AssumeRole");
            assertThat(s.getAsJsonObject("Principal").get("AWS").getAsString())
                    .isEqualTo("arn:aws:iam::BOT_ACCOUNT_ID:role/BOT_ROLE_NAME");
            assertThat(s.getAsJsonObject("Condition").getAsJsonObject("StringEquals").get("sts:RoleSessionName")
                    .getAsString()).isEqualTo(AwsEc2Gateways.SESSION_NAME);
        });
    }

    private static Set<String> actions(JsonObject document) {
        return statements(document).flatMap(s -> strings(s.get("Action")).stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<JsonObject> statements(JsonObject document) {
        JsonElement statement = document.get("Statement");
        List<JsonObject> out = new ArrayList<>();
        if (statement.isJsonArray()) {
            statement.getAsJsonArray().forEach(e -> out.add(e.getAsJsonObject()));
        } else {
            out.add(statement.getAsJsonObject());
        }
        return out.stream();
    }

    private static List<String> strings(JsonElement element) {
        if (element == null) {
            return List.of();
        }
        if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            List<String> out = new ArrayList<>();
            array.forEach(e -> out.add(e.getAsString()));
            return out;
        }
        return List.of(element.getAsString());
    }
}
