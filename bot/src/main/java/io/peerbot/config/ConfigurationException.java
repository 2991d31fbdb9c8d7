package io.peerbot.config;

import io.peerbot.domain.network.Location;
import java.util.List;
import java.util.stream.Collectors;

/** The environment does not configure a bot that can run: each problem names its variable and what is wrong. */
public final class ConfigurationException extends IllegalArgumentException {
    private final List<String> problems;

    public ConfigurationException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration problem needs a description");
        }
        this.problems = List.copyOf(problems);
    }

    /** {@code PEERBOT_WATCH} names locations in accounts {@code PEERBOT_ACCOUNTS} does not allow. */
    public static ConfigurationException watchedOutsideAllowed(List<Location> refused) {
        String named = refused.stream().map(Location::toString).collect(Collectors.joining(", "));
        String accounts = refused.stream().map(Location::account).distinct().collect(Collectors.joining(", "));
        return new ConfigurationException(List.of("PEERBOT_WATCH names " + named + ", but account " + accounts
                + " is not in PEERBOT_ACCOUNTS: add it to PEERBOT_ACCOUNTS or remove it from PEERBOT_WATCH"));
    }

    /** {@code PEERBOT_POLICY_FILE} names a file that cannot be used: each error with its line. */
    public static ConfigurationException badPolicyFile(String file, List<String> errors) {
        return new ConfigurationException(errors.stream().map(e -> "PEERBOT_POLICY_FILE " + file + ": " + e
                + " (check it with: peerbot policy check " + file + ")").toList());
    }

    /** One sentence per variable that is wrong, in the order the variables were read. */
    public List<String> problems() {
        return problems;
    }
}
