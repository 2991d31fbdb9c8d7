package io.peerbot.adapter.aws;

import io.peerbot.adapter.aws.lease.LockTableDoctor;
import io.peerbot.adapter.aws.organizations.OrganizationsClient;
import io.peerbot.adapter.aws.quotas.ServiceQuotasClient;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * {@code iam/peerbot-policy.json} grants exactly what the bot calls: every AWS SDK call in the compiled bot (EC2,
 * SSM and STS client methods, the signed Service Quotas and Organizations clients, and the assume-role credentials provider) maps to one IAM action, and the set of
 * those actions equals the policy's. A new SDK call without its action, or an action left behind, fails here.
 * {@code peerbot doctor} tries the same actions and is left out of the scan; it has to cover the policy instead.
 */
class IamPolicyTest {
    private static final Map<String, String> CLIENTS = Map.of(
            DynamoDbClient.class.getName(), "dynamodb",
            Ec2Client.class.getName(), "ec2",
            SsmClient.class.getName(), "ssm",
            StsClient.class.getName(), "sts",
            ServiceQuotasClient.class.getName(), "servicequotas",
            OrganizationsClient.class.getName(), "organizations");
    /** Client methods that are no API call. */
    private static final Set<String> NOT_CALLS = Set.of("builder", "create", "close", "serviceName",
            "serviceClientConfiguration", "waiter", "utilities");

    /** Delete actions IAM cannot condition on what the bot made (iam/README.md says why). */
    private static final Set<String> UNCONDITIONABLE = Set.of("ec2:DeleteRoute");
    private static final String ALLOWED_ACCOUNT = "ALLOWED_ACCOUNT_ID";

    private static JsonObject policy;
    private static JsonObject trust;
    private static JsonObject tagGuard;
    private static String policyText;
    private static String readme;
    private static Set<String> called;

    @BeforeAll
    static void load() throws Exception {
        policyText = iamFile("peerbot-policy.json");
        policy = JsonParser.parseString(policyText).getAsJsonObject();
        trust = JsonParser.parseString(iamFile("peerbot-role-trust.json")).getAsJsonObject();
        tagGuard = JsonParser.parseString(iamFile("peerbot-tag-guard-scp.json")).getAsJsonObject();
        readme = iamFile("README.md");
        JavaClasses bot = new ClassFileImporter()
                .withImportOption(new ProductionClasses())
                .importPackages("io.peerbot.adapter", "io.peerbot.bootstrap", "io.peerbot.application",
                        "io.peerbot.cli", "io.peerbot.config");
        called = new TreeSet<>();
        for (JavaClass type : bot) {
            if (type.getName().startsWith(AwsDoctor.class.getName())
                    || type.getName().startsWith(LockTableDoctor.class.getName())) {
                continue; // it tries the bot's actions; what the bot itself calls decides the policy
            }
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                String service = CLIENTS.get(call.getTargetOwner().getName());
                // a client's own helpers calling each other are no API calls
                boolean fromItself = call.getOriginOwner().equals(call.getTargetOwner());
                if (service != null && !fromItself && !NOT_CALLS.contains(call.getName())) {
                    called.add(service + ":" + action(call.getName()));
                }
            }
            if (type.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("sourceIdentity")
                    && call.getTargetOwner().isAssignableTo(AssumeRoleRequest.Builder.class))) {
                called.add("sts:SetSourceIdentity"); // AssumeRole naming the person needs this permission too
            }
            if (type.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().isEquivalentTo(StsAssumeRoleCredentialsProvider.class))) {
                called.add("sts:AssumeRole");
            }
        }
    }

    private static String iamFile(String name) throws java.io.IOException {
        return Files.readString(Path.of(System.getProperty("peerbot.root"), "iam", name));
    }

    /** {@code describeVpcsPaginator} → {@code DescribeVpcs}: a paginator makes the same call page by page. */
    private static String action(String method) {
        String name = method.endsWith("Paginator")
                ? method.substring(0, method.length() - "Paginator".length()) : method;
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    @Test
    void thePolicyGrantsExactlyTheActionsTheBotCallsAndWhatDoctorChecks() {
        assertThat(called).as("the scan finds the bot's calls").contains("ec2:DescribeVpcs", "ec2:CreateRoute",
                "ec2:CreateVpcPeeringConnection", "ssm:SendCommand", "sts:GetCallerIdentity", "sts:AssumeRole",
                "servicequotas:GetServiceQuota", "ec2:DescribeVpcAttribute", "organizations:ListAccounts");
        Set<String> expected = new TreeSet<>(called);
        AwsDoctor.SSM_DOCTOR_ONLY.forEach(a -> expected.add("ssm:" + a));
        LockTableDoctor.DOCTOR_ONLY.forEach(a -> expected.add("dynamodb:" + a));

        assertThat(actions(policy)).as("actions in iam/peerbot-policy.json")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void thePolicyOnlyAllowsNamedActionsAndNoStatementRepeatsAnother() {
        assertThat(statements(policy)).allSatisfy(s -> {
            assertThat(s.get("Effect").getAsString()).isEqualTo("Allow");
            assertThat(s.has("NotAction") || s.has("NotResource")).isFalse();
            assertThat(strings(s.get("Action"))).doesNotHaveDuplicates().allMatch(a -> !a.contains("*"));
        });
        List<String> grants = statements(policy).flatMap(s -> strings(s.get("Action")).stream().flatMap(a ->
                strings(s.get("Resource")).stream().map(r -> a + " " + r + " " + s.get("Condition")))).toList();
        assertThat(grants).doesNotHaveDuplicates();
        assertThat(policy.get("Version").getAsString()).isEqualTo("2012-10-17");
    }

    @Test
    void doctorChecksEveryActionOfThePolicyOrSaysItCannot() {
        Set<String> ec2 = actions(policy).stream().filter(a -> a.startsWith("ec2:")).collect(Collectors.toSet());
        Set<String> ssm = actions(policy).stream().filter(a -> a.startsWith("ssm:")).collect(Collectors.toSet());

        assertThat(AwsDoctor.EC2_ACTIONS).map(a -> "ec2:" + a).containsExactlyInAnyOrderElementsOf(ec2);
        assertThat(Stream.of(Stream.of("DescribeInstanceInformation"), AwsDoctor.SSM_DOCTOR_ONLY.stream(),
                AwsDoctor.SSM_NOT_VERIFIABLE.stream()).flatMap(s -> s).map(a -> "ssm:" + a))
                .containsExactlyInAnyOrderElementsOf(ssm);
    }

    @Test
    void theLockTableIsReachedOnlyOnItsOwnTableAndDoctorTriesEveryActionThere() {
        assertThat(called).as("leases and the record ledger write the lock table")
                .contains("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:GetItem");
        Set<String> dynamodb = actions(policy).stream().filter(a -> a.startsWith("dynamodb:"))
                .collect(Collectors.toSet());

        assertThat(granting(dynamodb.iterator().next())).singleElement().satisfies(s -> {
            assertThat(strings(s.get("Action"))).containsExactlyInAnyOrderElementsOf(dynamodb);
            assertThat(strings(s.get("Resource")))
                    .containsExactly("arn:aws:dynamodb:BOT_REGION:BOT_ACCOUNT_ID:table/LOCK_TABLE_NAME");
        });
        assertThat(LockTableDoctor.ACTIONS).map(a -> "dynamodb:" + a).containsExactlyInAnyOrderElementsOf(dynamodb);
        assertThat(readme).contains("LOCK_TABLE_NAME", "PEERBOT_LOCK_TABLE");
    }

    @Test
    void runCommandIsLimitedToThePeerbotProbeDocument() {
        List<JsonObject> sendCommand = granting("ssm:SendCommand");

        assertThat(policyText).doesNotContain("AWS-RunShellScript");
        assertThat(sendCommand).singleElement().satisfies(s -> {
            assertThat(strings(s.get("Action"))).containsExactly("ssm:SendCommand");
            assertThat(strings(s.get("Resource"))).containsExactlyInAnyOrder(
                    "arn:aws:ssm:*:*:document/" + SsmRemoteCommands.DOCUMENT, "arn:aws:ec2:*:*:instance/*");
        });
        assertThat(SsmRemoteCommands.DOCUMENT).isEqualTo("peerbot-probe");
    }

    @Test
    void everyDeleteAndRejectIsConditionedOnWhatTheBotMadeOrIsNamedAsImpossible() {
        Set<String> destructive = actions(policy).stream()
                .filter(a -> a.startsWith("ec2:Delete") || a.startsWith("ec2:Reject")).collect(Collectors.toSet());
        assertThat(destructive).contains("ec2:DeleteVpcPeeringConnection", "ec2:RejectVpcPeeringConnection");

        for (String action : destructive) {
            if (UNCONDITIONABLE.contains(action)) {
                assertThat(readme).as("iam/README.md says why %s has no condition", action)
                        .contains(action.substring("ec2:".length()));
                continue;
            }
            assertThat(granting(action)).as(action).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.has("Condition")).as("%s has a condition", action).isTrue());
        }
        assertThat(granting("ec2:DeleteVpcPeeringConnection")).singleElement().satisfies(s -> assertThat(
                s.getAsJsonObject("Condition").getAsJsonObject("StringEquals")
                        .get("aws:ResourceTag/peerbot:managed").getAsString()).isEqualTo("true"));
    }

    @Test
    void aRequestIsRejectedOnlyWhenItComesFromOrGoesIntoAnAllowedAccount() {
        assertThat(granting("ec2:RejectVpcPeeringConnection")).hasSize(2).allSatisfy(s -> assertThat(
                s.getAsJsonObject("Condition").getAsJsonObject("ArnLike").entrySet()).singleElement().satisfies(
                        c -> assertThat(strings(c.getValue())).containsExactly("arn:aws:ec2:*:" + ALLOWED_ACCOUNT
                                + ":vpc/*")))
                .anySatisfy(s -> assertThat(s.getAsJsonObject("Condition").getAsJsonObject("ArnLike")
                        .has("ec2:AccepterVpc")).isTrue());
    }

    @Test
    void peeringsAreAcceptedAndConfiguredOnlyWhenRequestedFromAnAllowedAccount() {
        for (String action : List.of("ec2:AcceptVpcPeeringConnection", "ec2:ModifyVpcPeeringConnectionOptions")) {
            assertThat(granting(action).stream().filter(s -> strings(s.get("Resource")).stream()
                    .anyMatch(r -> r.contains(":vpc-peering-connection/")))).as(action).singleElement()
                    .satisfies(s -> assertThat(strings(s.getAsJsonObject("Condition").getAsJsonObject("ArnLike")
                            .get("ec2:RequesterVpc"))).containsExactly("arn:aws:ec2:*:" + ALLOWED_ACCOUNT + ":vpc/*"));
        }
    }

    @Test
    void tagsAreWrittenOnlyAtCreationOrOnPeeringsTheBotMade() {
        List<JsonObject> createTags = granting("ec2:CreateTags");

        assertThat(createTags).isNotEmpty().allSatisfy(s -> assertThat(s.has("Condition")).isTrue());
        assertThat(createTags).allSatisfy(s -> {
            JsonObject equals = s.getAsJsonObject("Condition").getAsJsonObject("StringEquals");
            boolean atCreation = equals.has("ec2:CreateAction");
            boolean onTheBots = equals.has("aws:ResourceTag/peerbot:managed")
                    && equals.get("aws:ResourceTag/peerbot:managed").getAsString().equals("true");
            boolean markingAsTheBots = equals.has("aws:RequestTag/peerbot:managed")
                    && equals.get("aws:RequestTag/peerbot:managed").getAsString().equals("true")
                    && strings(s.get("Resource")).equals(List.of("arn:aws:ec2:*:*:vpc-peering-connection/*"));
            assertThat(atCreation || onTheBots || markingAsTheBots)
                    .as("tags at creation, only on what the bot marked, or a peering's record marked as the bot's: %s",
                            s).isTrue();
        });
        assertThat(createTags.stream().filter(s -> strings(s.get("Resource")).contains(
                "arn:aws:ec2:*:*:security-group-rule/*"))).singleElement().satisfies(s -> assertThat(s
                .getAsJsonObject("Condition").getAsJsonObject("StringEquals").get("ec2:CreateAction").getAsString())
                .isEqualTo("AuthorizeSecurityGroupIngress"));
    }

    @Test
    void theBotAssumesOnlyThePeerbotRoleOfTheAllowedAccounts() {
        assertThat(granting("sts:AssumeRole")).singleElement().satisfies(s -> assertThat(strings(s.get("Resource")))
                .containsExactly("arn:aws:iam::" + ALLOWED_ACCOUNT + ":role/peerbot"));
        assertThat(policyText).doesNotContain("arn:aws:iam::*:");
        assertThat(readme).contains(ALLOWED_ACCOUNT, "PEERBOT_ACCOUNTS");
    }

    @Test
    void theBotMayNameWhoAskedOnlyInTheRoleSessionsItMayAssume() {
        assertThat(called).as("role sessions carry a source identity").contains("sts:SetSourceIdentity");
        assertThat(granting("sts:SetSourceIdentity")).singleElement().satisfies(s -> {
            assertThat(strings(s.get("Action"))).contains("sts:AssumeRole");
            assertThat(strings(s.get("Resource"))).containsExactly("arn:aws:iam::" + ALLOWED_ACCOUNT + ":role/peerbot");
        });
    }

    @Test
    void theRoleTrustsTheBotUnderItsSessionNameAndLetsItNameWhoAsked() {
        List<JsonObject> trusts = statements(trust).toList();
        assertThat(trusts).hasSize(2).allSatisfy(s -> {
            assertThat(s.get("Effect").getAsString()).isEqualTo("Allow");
            assertThat(s.getAsJsonObject("Principal").get("AWS").getAsString())
                    .isEqualTo("arn:aws:iam::BOT_ACCOUNT_ID:role/BOT_ROLE_NAME");
        });
        assertThat(actions(trust)).as("the bot passes no session tags, so the trust allows no sts:TagSession")
                .containsExactlyInAnyOrder("sts:AssumeRole", "sts:SetSourceIdentity");
        // sts:RoleSessionName is documented for sts:AssumeRole only, so each action has a statement of its own
        assertThat(trusts).filteredOn(s -> strings(s.get("Action")).contains("sts:AssumeRole")).singleElement()
                .satisfies(s -> {
                    assertThat(strings(s.get("Action"))).containsExactly("sts:AssumeRole");
                    String sessionName = s.getAsJsonObject("Condition").getAsJsonObject("StringLike")
                            .get("sts:RoleSessionName").getAsString();
                    assertThat(AwsEc2Gateways.SESSION_NAME).startsWith(sessionName.replace("*", ""));
                });
        assertThat(trusts).filteredOn(s -> strings(s.get("Action")).contains("sts:SetSourceIdentity"))
                .singleElement().satisfies(s -> assertThat(strings(s.get("Action")))
                        .containsExactly("sts:SetSourceIdentity"));
    }

    @Test
    void peeringsAreRequestedOnlyToAndMarkedOnlyFromAllowedAccounts() {
        String allowedVpcs = "arn:aws:ec2:*:" + ALLOWED_ACCOUNT + ":vpc/*";
        assertThat(granting("ec2:CreateVpcPeeringConnection").stream().filter(s -> strings(s.get("Resource"))
                .contains("arn:aws:ec2:*:*:vpc-peering-connection/*"))).singleElement()
                .satisfies(s -> assertThat(strings(s.getAsJsonObject("Condition").getAsJsonObject("ArnLike")
                        .get("ec2:AccepterVpc"))).containsExactly(allowedVpcs));
        assertThat(granting("ec2:CreateTags").stream().filter(s -> s.getAsJsonObject("Condition")
                .getAsJsonObject("StringEquals").has("aws:RequestTag/peerbot:managed"))).singleElement()
                .as("marking a peering as the bot's own").satisfies(s -> assertThat(strings(s
                        .getAsJsonObject("Condition").getAsJsonObject("ArnLike").get("ec2:RequesterVpc")))
                        .containsExactly(allowedVpcs));
    }

    @Test
    void theTagGuardDeniesPeerbotTagsToEveryoneButThePeerbotRoles() {
        assertThat(statements(tagGuard)).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("Effect").getAsString()).isEqualTo("Deny");
            assertThat(strings(s.getAsJsonObject("Condition").getAsJsonObject("ArnNotLike").get("aws:PrincipalArn")))
                    .containsExactlyInAnyOrder("arn:aws:iam::*:role/peerbot",
                            "arn:aws:iam::BOT_ACCOUNT_ID:role/BOT_ROLE_NAME");
        });
        assertThat(statements(tagGuard).filter(s -> s.getAsJsonObject("Condition").has("ForAnyValue:StringLike")))
                .singleElement().satisfies(s -> {
                    assertThat(strings(s.get("Action"))).containsExactlyInAnyOrder("ec2:CreateTags", "ec2:DeleteTags");
                    assertThat(strings(s.getAsJsonObject("Condition").getAsJsonObject("ForAnyValue:StringLike")
                            .get("aws:TagKeys"))).containsExactly("peerbot:*");
                });
        assertThat(readme).contains("peerbot-tag-guard-scp.json", "defence in depth");
    }

    private static List<JsonObject> granting(String action) {
        return statements(policy).filter(s -> strings(s.get("Action")).contains(action)).toList();
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
