package io.peerbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production jar the Dockerfile runs, started as a process the way the image starts it: {@code --help} lists
 * its commands, without Slack tokens it says what to set, it checks a policy file (CEL and all), and it carries no
 * stand-in and no sandbox.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "peerbot.jar");

    @Test
    void helpListsTheCommands() throws Exception {
        Process process = start("--help");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(out).contains("run", "doctor").doesNotContain("sandbox  ");
    }

    @Test
    void withoutSlackTokensItSaysWhatToSet() throws Exception {
        Process process = start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(out).contains("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "peerbot-sandbox.jar");
    }

    @Test
    void checksAPolicyFileWithItsCelExpressions() throws Exception {
        Path policy = Path.of(System.getProperty("peerbot.root", ".."), "sandbox", "src", "main", "resources",
                "sandbox", "policy.yml");
        Process process = start("policy", "check", policy.toString());
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("OK, 3 rule(s)", "no-ssh-across-accounts");
    }

    @Test
    void itsWarmUpDumpsAClassDataArchiveThatTheNextStartMaps(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("peerbot.jsa");
        Process warmUp = startWith(List.of("-XX:ArchiveClassesAtExit=" + archive), "warm-up");
        String warmUpOut = new String(warmUp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(warmUp.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(warmUp.exitValue()).as(warmUpOut).isZero();
        assertThat(archive).isNotEmptyFile();

        // -Xshare:on refuses to start unless the archive is mapped
        Process started = startWith(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-XX:+UseSerialGC",
                "-XX:MaxRAMPercentage=75"), "--help");
        String out = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).as(out).isZero();
        assertThat(out).contains("run", "doctor");
    }

    @Test
    void carriesNoStandInNorSandboxClass() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("io/peerbot/Main.class")
                    .anyMatch(n -> n.startsWith("io/peerbot/domain/"))
                    .anyMatch(n -> n.startsWith("io/peerbot/adapter/aws/"))
                    .anyMatch(n -> n.startsWith("io/peerbot/adapter/slack/"));
            assertThat(names).noneMatch(n -> n.startsWith("io/peerbot/standin/") || n.startsWith("io/peerbot/sandbox/")
                    || n.startsWith("sandbox/"));
        }
    }

    private static Process start(String... args) throws Exception {
        return startWith(List.of(), args);
    }

    private static Process startWith(List<String> jvmOptions, String... args) throws Exception {
        assertThat(Files.exists(JAR)).as("the packaged jar %s", JAR).isTrue();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("AWS_"));
        return builder.start();
    }
}
