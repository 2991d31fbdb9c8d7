package io.peerbot.standin.ec2.ssm;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.peerbot.standin.ec2.http.AwsServiceError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Command document of schema 2.2 with {@code aws:runShellScript} steps: its typed parameters, and the script
 * they are put into. Parameters are checked as SSM checks them ({@code InvalidParameters}), then substituted for
 * their {@code {{ name }}} references; a step whose {@code runCommand} is a single reference to a
 * {@code StringList} gets its lines from that list.
 */
final class SsmDocument {
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    private static final Pattern WHOLE_REFERENCE = Pattern.compile("^\\s*\\{\\{\\s*(\\w+)\\s*}}\\s*$");

    private final String name;
    private final String content;
    private final Map<String, DocumentParameter> parameters;
    private final List<JsonElement> runCommands;

    private SsmDocument(String name, String content, Map<String, DocumentParameter> parameters,
                        List<JsonElement> runCommands) {
        this.name = name;
        this.content = content;
        this.parameters = parameters;
        this.runCommands = runCommands;
    }

    /** Reads the document's JSON; anything but schema 2.2 with {@code aws:runShellScript} steps is refused. */
    static SsmDocument parse(String name, String content) {
        JsonObject json;
        try {
            json = JsonParser.parseString(content).getAsJsonObject();
        } catch (RuntimeException e) {
            throw invalidContent("the content is not a JSON object");
        }
        if (!json.has("schemaVersion") || !"2.2".equals(json.get("schemaVersion").getAsString())) {
            throw invalidContent("only schemaVersion 2.2 is supported");
        }
        Map<String, DocumentParameter> parameters = new LinkedHashMap<>();
        JsonObject declared = json.has("parameters") ? json.getAsJsonObject("parameters") : new JsonObject();
        for (Map.Entry<String, JsonElement> p : declared.entrySet()) {
            parameters.put(p.getKey(), parameter(p.getKey(), p.getValue().getAsJsonObject()));
        }
        List<JsonElement> runCommands = new ArrayList<>();
        for (JsonElement step : json.getAsJsonArray("mainSteps")) {
            JsonObject s = step.getAsJsonObject();
            if (!"aws:runShellScript".equals(s.get("action").getAsString())) {
                throw invalidContent("only aws:runShellScript steps are supported");
            }
            runCommands.add(s.getAsJsonObject("inputs").get("runCommand"));
        }
        SsmDocument document = new SsmDocument(name, content, parameters, runCommands);
        document.references().stream().filter(r -> !parameters.containsKey(r)).findFirst().ifPresent(r -> {
            throw invalidContent("the script refers to {{ " + r + " }}, which is no parameter");
        });
        return document;
    }

    private static DocumentParameter parameter(String name, JsonObject p) {
        DocumentParameter.Type type = switch (p.get("type").getAsString()) {
            case "String" -> DocumentParameter.Type.STRING;
            case "StringList" -> DocumentParameter.Type.STRING_LIST;
            default -> throw invalidContent("parameter " + name + ": only String and StringList are supported");
        };
        Optional<List<String>> defaultValue = Optional.ofNullable(p.get("default")).map(d -> d.isJsonArray()
                ? SsmJson.strings(d) : List.of(d.getAsString()));
        return new DocumentParameter(name, type, defaultValue,
                Optional.ofNullable(p.get("allowedPattern")).map(a -> Pattern.compile(a.getAsString())),
                Optional.ofNullable(p.get("maxChars")).map(JsonElement::getAsInt),
                Optional.ofNullable(p.get("maxItems")).map(JsonElement::getAsInt));
    }

    String name() {
        return name;
    }

    String content() {
        return content;
    }

    List<String> parameterNames() {
        return List.copyOf(parameters.keySet());
    }

    /** Every parameter's value for this run, checked; {@code InvalidParameters} for one the document lacks. */
    Map<String, List<String>> resolve(Map<String, List<String>> given) {
        given.keySet().stream().filter(k -> !parameters.containsKey(k)).findFirst().ifPresent(k -> {
            throw AwsServiceError.client("InvalidParameters", "document " + name + " does not support parameter "
                    + k + ".");
        });
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameters.forEach((key, p) -> values.put(key, p.resolve(Optional.ofNullable(given.get(key)))));
        return values;
    }

    /** The script's lines with the values in place of their references. */
    List<String> commands(Map<String, List<String>> values) {
        List<String> lines = new ArrayList<>();
        for (JsonElement runCommand : runCommands) {
            if (runCommand.isJsonPrimitive()) {
                Matcher whole = WHOLE_REFERENCE.matcher(runCommand.getAsString());
                if (whole.matches()) {
                    lines.addAll(values.get(whole.group(1)));
                } else {
                    lines.add(substitute(runCommand.getAsString(), values));
                }
            } else {
                SsmJson.strings(runCommand).forEach(line -> lines.add(substitute(line, values)));
            }
        }
        return lines;
    }

    private static String substitute(String line, Map<String, List<String>> values) {
        return REFERENCE.matcher(line)
                .replaceAll(m -> Matcher.quoteReplacement(String.join(",", values.get(m.group(1)))));
    }

    private List<String> references() {
        List<String> names = new ArrayList<>();
        for (JsonElement runCommand : runCommands) {
            List<String> lines = runCommand.isJsonPrimitive() ? List.of(runCommand.getAsString())
                    : SsmJson.strings(runCommand);
            lines.forEach(line -> REFERENCE.matcher(line).results().forEach(m -> names.add(m.group(1))));
        }
        return names;
    }

    private static AwsServiceError invalidContent(String why) {
        return AwsServiceError.client("InvalidDocumentContent", why);
    }
}
