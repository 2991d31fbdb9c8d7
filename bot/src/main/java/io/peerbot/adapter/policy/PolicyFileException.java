package io.peerbot.adapter.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A policy file that cannot be used, with everything wrong in it, each at its line. */
public final class PolicyFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<PolicyFileError> errors;

    PolicyFileException(String source, List<PolicyFileError> errors) {
        super(source + ": " + errors.stream().map(PolicyFileError::toString).collect(Collectors.joining("; ")));
        this.source = source;
        this.errors = List.copyOf(errors);
    }

    public String source() {
        return source;
    }

    public List<PolicyFileError> errors() {
        return errors;
    }
}
