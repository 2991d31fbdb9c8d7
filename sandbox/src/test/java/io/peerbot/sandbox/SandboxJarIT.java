package io.peerbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sandbox jar, started as a process the way the README starts it: without Slack tokens it serves the sandbox
 * page, and {@code --help} lists the bot's commands and {@code sandbox}.
 */
class SandboxJarIT {
    private static final Path JAR = Path.of("target", "peerbot-sandbox.jar");
    private static final Pattern PAGE = Pattern.compile("Open (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void helpListsTheCommands() throws Exception {
        Process process = start("--help");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(out).contains("run", "sandbox", "doctor");
    }

    @Test
    void withoutSlackTokensItServesTheSandboxPage() throws Exception {
        Process process = start("sandbox", "--port", "0");
        try {
            String url = awaitPageUrl(process).get(60, TimeUnit.SECONDS);
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("peerbot");
        } finally {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    private static Process start(String... args) throws Exception {
        assertThat(Files.exists(JAR)).as("the packaged jar %s", JAR).isTrue();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("AWS_"));
        return builder.start();
    }

    /** Reads the process's output on a thread of its own until the sandbox prints its page's address. */
    private static CompletableFuture<String> awaitPageUrl(Process process) {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher found = PAGE.matcher(line);
                    if (found.find()) {
                        url.complete(found.group(1));
                    }
                }
                url.completeExceptionally(new AssertionError("the sandbox ended without printing its page's URL"));
            } catch (Exception e) {
                url.completeExceptionally(e);
            }
        }, "jar-output");
        reader.setDaemon(true);
        reader.start();
        return url;
    }
}
