package io.peerbot.bootstrap;

import io.peerbot.adapter.aws.AwsEc2Gateways;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.application.doctor.Check;
import io.peerbot.config.ConfigurationException;
import io.peerbot.config.PeerbotSettings;
import io.peerbot.domain.network.AllowedAccounts;
import io.peerbot.domain.network.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code doctor}'s check of where the bot may act ({@code PEERBOT_ACCOUNTS}): the allowed accounts, a warning when
 * any account the role reaches is allowed, and a failure for a watched account outside them — which the AWS checks
 * then leave alone, so the doctor assumes no role there either.
 */
final class AllowedAccountsDoctor {
    private static final String SUBJECT = "allowed accounts";

    /** The check, and the watched locations the AWS checks may go to. */
    record Finding(Check check, List<Location> reachableWatched) {
    }

    private AllowedAccountsDoctor() {
    }

    static Finding check(PeerbotSettings.Aws configured, AwsSettings aws) {
        AllowedAccounts accounts = configured.accounts();
        List<Location> watched = configured.watched();
        if (!accounts.restricted()) {
            return new Finding(unrestricted(configured), watched);
        }
        Optional<String> home = homeAccount(aws);
        List<String> named = new ArrayList<>();
        named.add(home.map(a -> a + " (the bot's own)").orElse("the bot's own account"));
        accounts.sorted().stream().filter(a -> !home.equals(Optional.of(a))).forEach(named::add);
        String allowed = String.join(", ", named);
        List<Location> refused = home.map(h -> accounts.refused(watched, h))
                .orElseGet(() -> watched.stream().filter(l -> !accounts.listed().contains(l.account())).toList());
        List<Location> reachable = watched.stream().filter(l -> !refused.contains(l)).toList();
        if (home.isPresent() && !refused.isEmpty()) {
            return new Finding(Check.fail(SUBJECT, ConfigurationException.watchedOutsideAllowed(refused).getMessage(),
                    "peerbot acts only in " + allowed), reachable);
        }
        return new Finding(Check.ok(SUBJECT, allowed), reachable);
    }

    private static Check unrestricted(PeerbotSettings.Aws configured) {
        if (configured.assumeRole().isEmpty()) {
            return Check.ok(SUBJECT, "the bot's own account only (PEERBOT_ASSUME_ROLE is not set)");
        }
        return Check.unverified(SUBJECT, "PEERBOT_ACCOUNTS is not set: every account the role "
                        + configured.assumeRole().get() + " reaches is allowed, whichever account a person names",
                "list the organisation's account IDs in PEERBOT_ACCOUNTS (comma-separated); the bot's own account "
                        + "is always allowed");
    }

    /** Asked of STS (GetCallerIdentity only); empty when AWS cannot be reached, which the AWS checks report. */
    private static Optional<String> homeAccount(AwsSettings aws) {
        try (AwsEc2Gateways gateways = new AwsEc2Gateways(aws)) {
            return Optional.of(gateways.home().account());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
