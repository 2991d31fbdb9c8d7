package io.peerbot.adapter.owners;

import io.peerbot.application.doctor.Check;
import io.peerbot.domain.approval.OwnerSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@code peerbot doctor} checks of the owners file: it can be read, is YAML, and every entry is well-formed. */
public final class OwnersFileDoctor {
    private static final String SUBJECT = "owners file (PEERBOT_OWNERS_FILE)";
    private static final String EXAMPLE = "e.g. vpc-0a1b2c3d: [U012ABCDEF, alice@example.com]";

    private OwnersFileDoctor() {
    }

    public static Check check(Optional<Path> file) {
        if (file.isEmpty()) {
            return Check.ok(SUBJECT, "none; owners come from the VPCs' peerbot:owner tags");
        }
        YamlOwnersFile owners;
        try {
            owners = YamlOwnersFile.load(file.get());
        } catch (IllegalArgumentException e) {
            return Check.fail(SUBJECT, e.getMessage(), "make it a readable YAML map from VPC id, Name or account to "
                    + "owners, " + EXAMPLE);
        }
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : owners.entries().entrySet()) {
            try {
                OwnerSpec.of(entry.getValue());
            } catch (IllegalArgumentException e) {
                bad.add("'" + entry.getKey() + "': " + e.getMessage());
            }
        }
        if (!bad.isEmpty()) {
            return Check.fail(SUBJECT, file.get() + ": " + String.join("; ", bad), "give each entry Slack user ids "
                    + "or e-mail addresses, " + EXAMPLE);
        }
        return Check.ok(SUBJECT, file.get() + ": " + owners.entries().size() + " entries, all well-formed");
    }
}
