package io.peerbot.adapter.policy;

/** One thing wrong with a policy file, at a line (1-based; 0 for the file as a whole). */
public record PolicyFileError(int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
