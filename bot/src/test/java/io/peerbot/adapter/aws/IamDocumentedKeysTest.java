package io.peerbot.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * Every action, resource ARN and condition key in {@code iam/*.json} is one AWS documents for that action:
 * checked against {@code documented-iam.json}, rows copied from the Service Authorization Reference (its
 * {@code sources} name the pages). A misspelt key, a key documented for another action or resource type, or a
 * set operator on a single-valued key fails here rather than silently never matching in AWS.
 */
class IamDocumentedKeysTest {
    private static final List<String> POLICY_FILES = List.of("peerbot-policy.json", "peerbot-role-trust.json",
            "peerbot-tag-guard-scp.json");

    @Test
    void everyActionResourceAndConditionKeyInIamIsDocumentedForThatAction() throws IOException {
        Documented documented = Documented.load();
        List<String> problems = new ArrayList<>();
        for (String file : POLICY_FILES) {
            JsonObject policy = JsonParser.parseString(iamFile(file)).getAsJsonObject();
            statements(policy).forEach(s -> problems.addAll(documented.problems(file, s)));
        }

        assertThat(problems).as("iam/ against the Service Authorization Reference (documented-iam.json)").isEmpty();
    }

    @Test
    void everyResourceTypeAnActionRequiresIsGrantedSomewhereInThePolicy() throws IOException {
        Documented documented = Documented.load();
        JsonObject policy = JsonParser.parseString(iamFile("peerbot-policy.json")).getAsJsonObject();

        assertThat(documented.missingRequiredResources(statements(policy)))
                .as("an action is allowed only if every resource type it requires is allowed").isEmpty();
    }

    @Test
    void aMisspeltOrMisplacedKeyIsCaught() throws IOException {
        Documented documented = Documented.load();

        assertThat(documented.problems("example", statement("""
                {"Effect": "Allow", "Action": "ec2:DeleteVpcPeeringConnection",
                 "Resource": "arn:aws:ec2:*:*:vpc-peering-connection/*",
                 "Condition": {"StringEquals": {"aws:ResourceTags/peerbot:managed": "true"}}}""")))
                .singleElement(InstanceOfAssertFactories.STRING).contains("aws:ResourceTags/peerbot:managed");
        assertThat(documented.problems("example", statement("""
                {"Effect": "Allow", "Action": "sts:SetSourceIdentity", "Principal": {"AWS": "arn:aws:iam::1:role/b"},
                 "Condition": {"StringLike": {"sts:RoleSessionName": "peerbot*"}}}""")))
                .as("a key documented for AssumeRole only").singleElement(InstanceOfAssertFactories.STRING)
                .contains("sts:RoleSessionName", "sts:SetSourceIdentity");
        assertThat(documented.problems("example", statement("""
                {"Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "arn:aws:ec2:*:*:security-group-rule/*",
                 "Condition": {"ArnLike": {"ec2:RequesterVpc": "arn:aws:ec2:*:1:vpc/*"}}}""")))
                .as("a key of another resource type").singleElement(InstanceOfAssertFactories.STRING)
                .contains("ec2:RequesterVpc");
        assertThat(documented.problems("example", statement("""
                {"Effect": "Deny", "Action": "ec2:CreateTags", "Resource": "*",
                 "Condition": {"StringLike": {"aws:TagKeys": "peerbot:*"}}}""")))
                .as("a multi-valued key without ForAnyValue/ForAllValues").singleElement(InstanceOfAssertFactories.STRING)
                .contains("aws:TagKeys");
        assertThat(documented.problems("example", statement("""
                {"Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*",
                 "Condition": {"ForAllValues:StringLike": {"aws:TagKeys": "peerbot:*"}}}""")))
                .as("ForAllValues is true for a request without tags").singleElement(InstanceOfAssertFactories.STRING)
                .contains("Null");
    }

    /** The rows of documented-iam.json this test needs. */
    private record Documented(Map<String, JsonElement> actions, Map<String, Pattern> resourceTypes,
                              Set<String> global, Set<String> multiValued, Set<String> operators) {
        private static final List<String> TAG_KEYED = List.of("aws:RequestTag/", "aws:ResourceTag/",
                "aws:PrincipalTag/", "ec2:ResourceTag/", "iam:ResourceTag/", "ssm:resourceTag/");

        static Documented load() throws IOException {
            JsonObject file;
            try (Reader in = new InputStreamReader(IamDocumentedKeysTest.class.getResourceAsStream(
                    "/iam/documented-iam.json"), StandardCharsets.UTF_8)) {
                file = JsonParser.parseReader(in).getAsJsonObject();
            }
            Map<String, JsonElement> actions = new LinkedHashMap<>();
            file.getAsJsonObject("actions").entrySet().forEach(e -> actions.put(e.getKey(), e.getValue()));
            Map<String, Pattern> types = new LinkedHashMap<>();
            file.getAsJsonObject("resourceTypes").entrySet()
                    .forEach(e -> types.put(e.getKey(), arnPattern(e.getValue().getAsString())));
            return new Documented(actions, types, strings(file, "global"), strings(file, "multiValued"),
                    strings(file, "operators"));
        }

        /** {@code arn:${Partition}:ec2:${Region}:${Account}:vpc/${VpcId}} matches the policy's wildcards. */
        private static Pattern arnPattern(String documented) {
            String[] parts = documented.split("\\$\\{[^}]+}", -1);
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                regex.append(Pattern.quote(parts[i]));
                if (i < parts.length - 1) {
                    regex.append(i == parts.length - 2 && parts[i + 1].isEmpty() ? ".+" : "[^:/]*");
                }
            }
            return Pattern.compile(regex.toString());
        }

        List<String> problems(String file, JsonObject statement) {
            List<String> problems = new ArrayList<>();
            List<String> resources = IamDocumentedKeysTest.strings(statement.get("Resource"));
            for (String action : IamDocumentedKeysTest.strings(statement.get("Action"))) {
                JsonElement row = actions.get(action);
                if (row == null) {
                    problems.add(file + ": " + action + " is not in documented-iam.json; copy its row from the "
                            + "Service Authorization Reference");
                    continue;
                }
                if (row.isJsonPrimitive()) {
                    if (statement.has("Condition")) {
                        problems.add(file + ": " + action + " has a condition, but its documented keys are not "
                                + "in documented-iam.json");
                    }
                    continue;
                }
                JsonObject types = row.getAsJsonObject();
                Set<String> keys = new TreeSet<>();
                for (String resource : resources) {
                    if ("*".equals(resource)) {
                        types.keySet().forEach(t -> IamDocumentedKeysTest.strings(types.get(t)).forEach(keys::add));
                        continue;
                    }
                    List<String> matched = types.keySet().stream()
                            .filter(type -> typePattern(action, type).matcher(resource).matches()).toList();
                    if (matched.isEmpty()) {
                        problems.add(file + ": " + action + " does not authorize a resource like " + resource
                                + (types.size() == 0 ? " (it takes only \"*\")" : " (documented: " + types.keySet()
                                + ")"));
                    }
                    matched.forEach(type -> IamDocumentedKeysTest.strings(types.get(type)).forEach(keys::add));
                }
                if (resources.isEmpty()) {
                    types.keySet().forEach(type -> IamDocumentedKeysTest.strings(types.get(type)).forEach(keys::add));
                }
                conditionKeys(statement).forEach((key, operator) -> {
                    if (!global.contains(key) && !keys.contains(key)) {
                        problems.add(file + ": " + key + " (" + operator + ") is not documented for " + action
                                + " on " + resources + "; documented there: " + keys);
                    }
                });
            }
            problems.addAll(operatorProblems(file, statement));
            return problems;
        }

        private Pattern typePattern(String action, String type) {
            String service = action.substring(0, action.indexOf(':'));
            Pattern pattern = resourceTypes.get(service + ":" + type.replace("*", ""));
            return pattern != null ? pattern : Pattern.compile("(?!)");
        }

        private List<String> operatorProblems(String file, JsonObject statement) {
            List<String> problems = new ArrayList<>();
            JsonObject condition = statement.getAsJsonObject("Condition");
            if (condition == null) {
                return problems;
            }
            for (String operator : condition.keySet()) {
                String set = operator.startsWith("ForAnyValue:") || operator.startsWith("ForAllValues:")
                        ? operator.substring(0, operator.indexOf(':')) : "";
                String base = operator.substring(set.isEmpty() ? 0 : set.length() + 1).replaceFirst("IfExists$", "");
                if (!operators.contains(base)) {
                    problems.add(file + ": unknown condition operator " + operator);
                }
                for (String key : condition.getAsJsonObject(operator).keySet()) {
                    boolean multi = multiValued.contains(normalised(key));
                    if (multi && set.isEmpty() && !base.equals("Null")) {
                        problems.add(file + ": " + key + " is multi-valued; " + operator
                                + " needs ForAnyValue: or ForAllValues:");
                    }
                    if (!multi && !set.isEmpty()) {
                        problems.add(file + ": " + key + " is single-valued; drop " + set + ":");
                    }
                    if (set.equals("ForAllValues") && !nullGuarded(condition, key)) {
                        problems.add(file + ": " + operator + " on " + key + " also matches a request without "
                                + "any; add \"Null\": {\"" + key + "\": \"false\"}");
                    }
                }
            }
            return problems;
        }

        private static boolean nullGuarded(JsonObject condition, String key) {
            JsonObject isNull = condition.getAsJsonObject("Null");
            return isNull != null && isNull.has(key) && isNull.get(key).getAsString().equals("false");
        }

        /** Each key, tag keys in the documented {@code ${TagKey}} form, with its operator. */
        private static Map<String, String> conditionKeys(JsonObject statement) {
            Map<String, String> keys = new LinkedHashMap<>();
            JsonObject condition = statement.getAsJsonObject("Condition");
            if (condition != null) {
                condition.entrySet().forEach(op -> op.getValue().getAsJsonObject().keySet()
                        .forEach(key -> keys.put(normalised(key), op.getKey())));
            }
            return keys;
        }

        private static String normalised(String key) {
            return TAG_KEYED.stream().filter(key::startsWith).findFirst()
                    .map(prefix -> prefix + "${TagKey}").orElse(key);
        }

        List<String> missingRequiredResources(List<JsonObject> statements) {
            List<String> missing = new ArrayList<>();
            Set<String> granted = new TreeSet<>();
            statements.forEach(s -> granted.addAll(IamDocumentedKeysTest.strings(s.get("Action"))));
            for (String action : granted) {
                JsonElement row = actions.get(action);
                if (row == null || !row.isJsonObject()) {
                    continue;
                }
                List<String> resources = statements.stream()
                        .filter(s -> IamDocumentedKeysTest.strings(s.get("Action")).contains(action))
                        .flatMap(s -> IamDocumentedKeysTest.strings(s.get("Resource")).stream()).toList();
                row.getAsJsonObject().keySet().stream().filter(type -> type.endsWith("*")).forEach(type -> {
                    Pattern pattern = typePattern(action, type);
                    if (resources.stream().noneMatch(r -> r.equals("*") || pattern.matcher(r).matches())) {
                        missing.add(action + " requires " + type + " but no statement allows one");
                    }
                });
            }
            return missing;
        }
    }

    private static Set<String> strings(JsonObject file, String member) {
        return new TreeSet<>(strings(file.get(member)));
    }

    private static JsonObject statement(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private static String iamFile(String name) throws IOException {
        return Files.readString(Path.of(System.getProperty("peerbot.root"), "iam", name));
    }

    private static List<JsonObject> statements(JsonObject document) {
        JsonElement statement = document.get("Statement");
        List<JsonObject> out = new ArrayList<>();
        if (statement.isJsonArray()) {
            statement.getAsJsonArray().forEach(e -> out.add(e.getAsJsonObject()));
        } else {
            out.add(statement.getAsJsonObject());
        }
        return out;
    }

    private static List<String> strings(JsonElement element) {
        if (element == null) {
            return List.of();
        }
        if (element.isJsonArray()) {
            List<String> out = new ArrayList<>();
            element.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
            return out;
        }
        return List.of(element.getAsString());
    }
}
