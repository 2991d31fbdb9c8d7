package io.peerbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker engine to build the image in tests, so this keeps the Dockerfile in step with the build:
 * it runs the jar the build makes ({@link PackagedJarIT} runs that jar), as a non-root user, with no secret in it.
 */
class DockerfileTest {
    private final List<String> lines = read();

    private static List<String> read() {
        try {
            // one instruction a line: lines ending in a backslash continue on the next
            String text = Files.readString(Path.of(System.getProperty("peerbot.root"), "Dockerfile"));
            return List.of(text.replaceAll("\\\\\\R\\s*", " ").split("\\R"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void runsTheShadedJarTheBuildMakes() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<finalName>peerbot</finalName>", "<mainClass>io.peerbot.Main</mainClass>");
        assertThat(lines).anyMatch(l -> l.startsWith("RUN ./mvnw") && l.contains("-pl bot -am package"));
        assertThat(lines).anyMatch(l -> l.startsWith("COPY --from=build /src/bot/target/peerbot.jar /opt/peerbot/peerbot.jar"));
        assertThat(lines).anyMatch(l -> l.startsWith("ENTRYPOINT") && l.contains("\"-jar\", \"/opt/peerbot/peerbot.jar\""));
    }

    @Test
    void startsWithTheClassDataArchiveItsBuildDumped() {
        assertThat(lines).anyMatch(l -> l.startsWith("RUN java -XX:ArchiveClassesAtExit=/opt/peerbot/peerbot.jsa -jar "
                + "/opt/peerbot/peerbot.jar warm-up"));
        assertThat(lines).filteredOn(l -> l.startsWith("ENTRYPOINT")).singleElement().satisfies(l -> assertThat(l)
                .contains("\"-XX:SharedArchiveFile=/opt/peerbot/peerbot.jsa\"", "\"-XX:MaxRAMPercentage=75\"", "\"-Xms64m\"",
                        "\"-XX:+UseSerialGC\"", "\"-XX:TieredStopAtLevel=1\""));
        int archived = indexOf("RUN java -XX:ArchiveClassesAtExit");
        assertThat(archived).as("dumped after the jar is copied, before the user drops root")
                .isGreaterThan(indexOf("COPY --from=build")).isLessThan(indexOf("USER "));
    }

    private int indexOf(String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void copiesNoSandboxCodeIntoTheBuild() {
        assertThat(lines).noneMatch(l -> l.matches("^COPY\\s+sandbox\\s.*") || l.matches("^COPY\\s+src\\s.*"));
    }

    @Test
    void runsAsANonRootUser() {
        assertThat(lines).filteredOn(l -> l.startsWith("USER ")).singleElement()
                .satisfies(l -> assertThat(l).isNotIn("USER root", "USER 0"));
    }

    @Test
    void bakesNoSecretIn() {
        assertThat(lines).noneMatch(l -> l.matches("(?i)^(ENV|ARG)\\s+.*(TOKEN|SECRET|KEY).*"));
    }
}
