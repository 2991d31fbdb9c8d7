package io.peerbot.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A policy file for a test's bot ({@code PEERBOT_POLICY_FILE}), gone when the JVM ends. */
final class PolicyFiles {
    private PolicyFiles() {
    }

    static Path of(String text) {
        try {
            Path file = Files.createTempFile("peerbot-policy", ".yml");
            Files.writeString(file, text);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
