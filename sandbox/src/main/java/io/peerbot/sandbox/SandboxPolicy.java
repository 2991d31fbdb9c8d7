package io.peerbot.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The sandbox's example policy ({@code sandbox/policy.yml} in the jar), written to a file for
 * {@code PEERBOT_POLICY_FILE}: the bot reads a policy from a file, as in production.
 */
final class SandboxPolicy {
    static final String RESOURCE = "/sandbox/policy.yml";

    private SandboxPolicy() {
    }

    /**
     * A fresh copy of the example policy, {@code policy.yml} (the name denials cite) in a temporary directory,
     * deleted when the JVM exits.
     */
    static Path file() {
        try (InputStream in = SandboxPolicy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the sandbox jar");
            }
            Path dir = Files.createTempDirectory("peerbot-sandbox");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("policy.yml");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sandbox's policy file", e);
        }
    }
}
