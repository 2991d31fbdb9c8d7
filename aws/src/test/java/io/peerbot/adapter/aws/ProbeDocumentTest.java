package io.peerbot.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.peerbot.domain.connectivity.ProbeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code iam/peerbot-probe.json}, the only SSM document the bot may run, can express nothing but "ping this IPv4
 * address and try TCP connects to these ports": every parameter is typed and has an {@code allowedPattern} that
 * refuses shell syntax, the script uses nothing but its parameters, and what the bot sends always matches.
 */
class ProbeDocumentTest {
    private static final List<String> NOT_AN_ADDRESS = List.of("10.0.0.1; rm -rf /", "$(id)", "`id`", "10.0.0.1\nid",
            "10.0.0.1\n", "10.0.0.1\r", "10.0.0.1 ", " 10.0.0.1", "10.0.0.1|id", "10.0.0.1&&id", "10.0.0.1&", "10.0.0.1>x",
            "'10.0.0.1'", "\"10.0.0.1\"", "10.0.0.1#", "10.0.0.$x", "${IFS}", "10.0.0.256", "10.0.0", "10.0.0.1.2",
            "010.0.0.1", "0x0a.0.0.1", "fe80::1", "db.internal", "", "*");
    private static final List<String> NOT_PORTS = List.of("22; rm -rf /", "$(id)", "`id`", "22\nid", "22\n", "0",
            "65536", "99999", "-1", "22  80", " 22", "22 ", "22,80", "22;80", "tcp:22", "22-80", "0022", "22|id",
            "22&", "${IFS}", "*");

    private static JsonObject document;
    private static Map<String, Pattern> patterns;

    @BeforeAll
    static void load() throws Exception {
        document = JsonParser.parseString(Files.readString(
                Path.of(System.getProperty("peerbot.root"), "iam", SsmRemoteCommands.DOCUMENT + ".json")))
                .getAsJsonObject();
        patterns = new java.util.LinkedHashMap<>();
        document.getAsJsonObject("parameters").entrySet().forEach(p -> patterns.put(p.getKey(),
                Pattern.compile(p.getValue().getAsJsonObject().get("allowedPattern").getAsString())));
    }

    @Test
    void isACommandDocumentOfSchema22WithTwoTypedParametersEachWithAnAllowedPattern() {
        assertThat(document.get("schemaVersion").getAsString()).isEqualTo("2.2");
        JsonObject parameters = document.getAsJsonObject("parameters");
        assertThat(parameters.keySet()).containsExactly("targetIp", "tcpPorts");
        parameters.entrySet().forEach(p -> {
            JsonObject declared = p.getValue().getAsJsonObject();
            assertThat(declared.get("type").getAsString()).as(p.getKey()).isEqualTo("String");
            assertThat(declared.has("allowedPattern")).as(p.getKey() + " has an allowedPattern").isTrue();
            assertThat(declared.get("allowedPattern").getAsString()).as(p.getKey() + " is anchored")
                    .startsWith("^").endsWith("$");
            assertThat(declared.has("maxChars")).as(p.getKey() + " has maxChars").isTrue();
        });
    }

    @Test
    void itsScriptUsesNothingButItsParameters() {
        List<String> referenced = new ArrayList<>();
        for (JsonElement step : document.getAsJsonArray("mainSteps")) {
            assertThat(step.getAsJsonObject().get("action").getAsString()).isEqualTo("aws:runShellScript");
            for (JsonElement line : step.getAsJsonObject().getAsJsonObject("inputs").getAsJsonArray("runCommand")) {
                Matcher reference = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}").matcher(line.getAsString());
                while (reference.find()) {
                    referenced.add(reference.group(1));
                }
            }
        }
        assertThat(referenced).containsOnly("targetIp", "tcpPorts").contains("targetIp", "tcpPorts");
    }

    @Test
    void itsPatternsRefuseShellSyntaxAndAnythingButAnAddressAndPorts() {
        assertThat(NOT_AN_ADDRESS).allSatisfy(v -> assertThat(allowed("targetIp", v)).as("targetIp %s", v).isFalse());
        assertThat(NOT_PORTS).allSatisfy(v -> assertThat(allowed("tcpPorts", v)).as("tcpPorts %s", v).isFalse());
        String oneTooMany = String.join(" ", IntStream.rangeClosed(1, ProbeScript.MAX_TCP_PORTS + 1)
                .mapToObj(String::valueOf).toList());
        assertThat(allowed("tcpPorts", oneTooMany)).isFalse();
    }

    @Test
    void itsPatternsAcceptAddressesAndPorts() {
        assertThat(List.of("10.0.0.1", "0.0.0.0", "255.255.255.255", "192.168.100.9", "172.31.4.250"))
                .allSatisfy(v -> assertThat(allowed("targetIp", v)).as(v).isTrue());
        assertThat(List.of("", "1", "22", "5432 6379", "65535", "1 80 443 8080 65535"))
                .allSatisfy(v -> assertThat(allowed("tcpPorts", v)).as(v).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1; rm -rf /", "$(id)", "`id`", "10.0.0.1\nid", "10.0.0.1\n", "10.0.0.1 ",
            "10.0.0.1|id", "10.0.0.1&&id", "'10.0.0.1'", "10.0.0.256", "010.0.0.1", "fe80::1", "db.internal", ""})
    void theBotRefusesBeforeAnyCallWhatTheDocumentWouldRefuse(String target) {
        assertThatThrownBy(() -> ProbeScript.of(target, List.of(5432))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatTheBotSendsAlwaysMatchesTheDocument() {
        List<ProbeScript> probes = List.of(ProbeScript.of("10.1.0.10", List.of()),
                ProbeScript.of("10.1.0.10", List.of(5432)), ProbeScript.of("0.0.0.0", List.of(1, 65535)),
                ProbeScript.of("255.255.255.255", IntStream.rangeClosed(65436, 65535).boxed().toList()));

        assertThat(probes).allSatisfy(probe -> SsmRemoteCommands.parameters(probe).forEach((name, values) -> {
            assertThat(patterns).containsKey(name);
            assertThat(values).singleElement().satisfies(v -> {
                assertThat(allowed(name, v)).as("%s=%s", name, v).isTrue();
                assertThat(v.length()).isLessThanOrEqualTo(document.getAsJsonObject("parameters")
                        .getAsJsonObject(name).get("maxChars").getAsInt());
            });
        }));
    }

    /** As SSM applies an {@code allowedPattern}: the whole value must match. */
    private static boolean allowed(String parameter, String value) {
        return patterns.get(parameter).matcher(value).matches();
    }
}
