package io.peerbot.bootstrap;

import io.peerbot.adapter.aws.AwsEc2Gateways;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.organizations.OrganizationAccounts;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.doctor.Check;
import io.peerbot.config.ConfigurationException;
import io.peerbot.config.PeerbotSettings;
import io.peerbot.domain.network.AllowedAccounts;
import io.peerbot.domain.network.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code doctor}'s check of where the bot may act ({@code PEERBOT_ACCOUNTS}): the allowed accounts (for
 * {@code organization}, whether {@code organizations:ListAccounts} works and how many accounts it allows), a warning when
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
        if (accounts.organization()) {
            return organization(configured, aws);
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

    /**
     * {@code PEERBOT_ACCOUNTS=organization}: reads the AWS Organization's accounts as the bot does at start. When
     * they cannot be read the bot would not start, and no watched account is known to be allowed.
     */
    private static Finding organization(PeerbotSettings.Aws configured, AwsSettings aws) {
        List<Location> watched = configured.watched();
        String home;
        AllowedAccounts accounts;
        try (AwsEc2Gateways gateways = new AwsEc2Gateways(aws)) {
            home = gateways.home().account();
            accounts = gateways.allowedAccounts();
        } catch (CloudException e) {
            if (!"ListAccounts".equals(e.action())) {
                return new Finding(Check.unverified(SUBJECT, "PEERBOT_ACCOUNTS=organization: the bot's own account "
                        + "is not known (" + e.getMessage() + "), so the AWS Organization's accounts were not read",
                        "see the AWS checks below"), List.of());
            }
            return new Finding(Check.fail(SUBJECT, e.getMessage(), "allow organizations:ListAccounts to the bot's "
                    + "own credentials, and run the bot in the organisation's management account or a delegated "
                    + "administrator account; or list the accounts in PEERBOT_ACCOUNTS"), List.of());
        }
        long allowed = accounts.listed().stream().filter(a -> !a.equals(home)).count() + 1;
        String detail = "organizations:ListAccounts works: " + allowed + " account(s) of the AWS Organization are "
                + "allowed, " + home + " (the bot's own) included; read again every "
                + OrganizationAccounts.REFRESH.toMinutes() + " minutes";
        List<Location> refused = accounts.refused(watched, home);
        List<Location> reachable = watched.stream().filter(l -> !refused.contains(l)).toList();
        if (!refused.isEmpty()) {
            return new Finding(Check.fail(SUBJECT, refused.stream().map(Location::toString)
                    .collect(Collectors.joining(", ")) + ": PEERBOT_WATCH names an account that is not an active "
                    + "account of the AWS Organization (" + detail + ")", "remove it from PEERBOT_WATCH"), reachable);
        }
        return new Finding(Check.ok(SUBJECT, detail), reachable);
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
