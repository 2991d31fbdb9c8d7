package io.peerbot.adapter.policy;

import io.peerbot.application.doctor.Check;
import io.peerbot.domain.policy.Guardrails;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/** What {@code peerbot doctor} says of the policy file: how many rules it holds, or every error with its line. */
public final class PolicyFileDoctor {
    private static final String SUBJECT = "policy file (PEERBOT_POLICY_FILE)";

    private PolicyFileDoctor() {
    }

    public static Check check(Optional<Path> file) {
        if (file.isEmpty()) {
            return Check.ok(SUBJECT, "none; requests are judged by the checks alone");
        }
        try {
            Guardrails policy = YamlPolicyFile.load(file.get());
            return Check.ok(SUBJECT, file.get() + ": " + policy.rules().size() + " rule(s), all valid");
        } catch (PolicyFileException e) {
            return Check.fail(SUBJECT, file.get() + ": " + e.errors().stream().map(PolicyFileError::toString)
                    .collect(Collectors.joining("; ")), "fix each line named (peerbot policy check " + file.get()
                    + " shows them); the bot does not start with a bad policy file");
        }
    }
}
