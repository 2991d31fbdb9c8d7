package io.peerbot.sandbox;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;

/**
 * How the sandbox runs.
 *
 * @param pagePort          the page's port on 127.0.0.1; 0 picks a free one
 * @param shutdownHook      close everything when the JVM exits (Ctrl+C)
 * @param botConnectTimeout how long the bot may take to connect to the Slack stand-in
 * @param out               where the URL and what to try are printed
 */
public record SandboxOptions(int pagePort, boolean shutdownHook, Duration botConnectTimeout, PrintStream out) {
    public static final int DEFAULT_PORT = 3000;

    public SandboxOptions {
        if (pagePort < 0 || pagePort > 65535) {
            throw new IllegalArgumentException("the page's port must be 0-65535, not " + pagePort);
        }
        Objects.requireNonNull(botConnectTimeout, "botConnectTimeout");
        Objects.requireNonNull(out, "out");
    }

    /** Port 3000, a shutdown hook, printing to standard output: for {@code peerbot sandbox}. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_PORT, true, Duration.ofSeconds(30), System.out);
    }

    /** A free port, no hook, nothing printed: for tests, which close the sandbox themselves. */
    public static SandboxOptions forTests() {
        return new SandboxOptions(0, false, Duration.ofSeconds(30), new PrintStream(OutputStream.nullOutputStream()));
    }

    public SandboxOptions withPagePort(int port) {
        return new SandboxOptions(port, shutdownHook, botConnectTimeout, out);
    }
}
