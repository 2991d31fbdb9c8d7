package io.peerbot.bootstrap;

import io.peerbot.adapter.aws.AwsDoctor;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.lease.LockTableDoctor;
import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.adapter.owners.OwnersFileDoctor;
import io.peerbot.adapter.policy.PolicyFileDoctor;
import io.peerbot.adapter.slack.SlackDoctor;
import io.peerbot.adapter.slack.SlackSettings;
import io.peerbot.adapter.slack.SlackTransport;
import io.peerbot.application.doctor.Check;
import io.peerbot.application.doctor.DoctorReport;
import io.peerbot.config.ConfigurationException;
import io.peerbot.config.LeaseTimings;
import io.peerbot.config.PeerbotSettings;
import io.peerbot.domain.network.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code peerbot doctor}'s checks, in order: the configuration, Slack (bot token and scopes; app token or
 * signing secret), the accounts the bot may act in, AWS (identity, every EC2 permission by DryRun, SSM, the role
 * in each watched account), the lock table when {@code PEERBOT_LOCK_TABLE} is set, the owners file and the policy file. Each check says what it found; a failed one says what is missing
 * and how to fix it. The configuration is read as {@code peerbot run} reads it ({@link PeerbotSettings}).
 */
public final class Doctor {
    private static final String MODES = "set SLACK_BOT_TOKEN (xoxb-…) and SLACK_APP_TOKEN (xapp-…) for Socket "
            + "Mode, or SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and PORT for HTTP mode";

    private Doctor() {
    }

    /**
     * @param env   the environment the bot would run with
     * @param reach how to reach AWS: region, endpoint, credentials (the SDK's chains in production); the role
     *              and the allowed accounts come from {@code env}, as for {@code peerbot run}
     */
    public static DoctorReport examine(Map<String, String> env, AwsSettings reach) {
        List<Check> checks = new ArrayList<>();
        PeerbotSettings settings = null;
        try {
            settings = PeerbotSettings.fromEnvironment(env);
        } catch (ConfigurationException e) {
            e.problems().forEach(p -> checks.add(Check.fail("configuration", p, "correct that environment variable")));
        }
        if (settings == null) {
            try (AwsDoctor awsDoctor = new AwsDoctor(reach)) {
                checks.addAll(awsDoctor.check(List.of()));
            }
            return new DoctorReport(checks);
        }
        checks.add(configuration(settings));
        checks.add(sealKeys(settings));
        if (settings.slack().mode() != PeerbotSettings.Mode.NONE) {
            try (SlackDoctor slack = new SlackDoctor(settings.slack().settings())) {
                checks.addAll(slack.check(settings.slack().transport()));
            }
        }
        AwsSettings aws = settings.aws().applyTo(reach);
        AllowedAccountsDoctor.Finding accounts = AllowedAccountsDoctor.check(settings.aws(), aws);
        checks.add(accounts.check());
        try (AwsDoctor awsDoctor = new AwsDoctor(aws)) {
            checks.addAll(awsDoctor.check(accounts.reachableWatched()));
        }
        settings.aws().lockTable().ifPresent(table -> checks.addAll(LockTableDoctor.check(aws, table)));
        checks.add(OwnersFileDoctor.check(settings.ownersFile()));
        checks.add(PolicyFileDoctor.check(settings.policyFile()));
        return new DoctorReport(checks);
    }

    private static Check sealKeys(PeerbotSettings settings) {
        if (settings.sealKeys().isEmpty()) {
            String why;
            try {
                settings.requiredSealKeys();
                why = "";
            } catch (ConfigurationException e) {
                why = String.join("; ", e.problems());
            }
            return Check.fail("seal keys", why, "peerbot run refuses to start without them: set "
                    + SealKeys.VARIABLE + "=k1:$(openssl rand -base64 32) and keep it secret");
        }
        SealKeys keys = settings.sealKeys().get();
        return Check.ok("seal keys", "records are sealed with key " + keys.signingKeyId() + " ("
                + keys.keyIds().size() + " key(s) verify: " + String.join(", ", keys.keyIds()) + "; each at least "
                + SealKeys.MIN_KEY_BYTES + " bytes)");
    }

    private static Check configuration(PeerbotSettings settings) {
        PeerbotSettings.Slack slack = settings.slack();
        if (slack.mode() == PeerbotSettings.Mode.NONE) {
            String missing = slack.botToken().isEmpty() ? "SLACK_BOT_TOKEN is not set"
                    : "neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is set";
            return Check.fail("configuration", missing, MODES);
        }
        String mode = slack.transport() instanceof SlackTransport.Http http
                ? "HTTP mode on port " + http.port() + " (POST /slack/events, GET /healthz)" : "Socket Mode";
        List<String> parts = new ArrayList<>(List.of(mode));
        if (slack.mode() == PeerbotSettings.Mode.SOCKET && slack.signingSecret().isPresent()) {
            parts.add("SLACK_SIGNING_SECRET is ignored while SLACK_APP_TOKEN is set");
        }
        PeerbotSettings.People people = settings.people();
        parts.add(people.admins().isEmpty() ? "no admins" : people.admins().size() + " admin(s)");
        parts.add(people.allowedChannels().isEmpty() ? "any channel"
                : "channels " + String.join(", ", people.allowedChannels().stream().sorted().toList()));
        List<Location> watched = settings.aws().watched();
        if (!watched.isEmpty()) {
            parts.add("watching " + String.join(", ", watched.stream().map(Object::toString).toList()));
        }
        settings.aws().assumeRole().ifPresent(role -> parts.add("role " + role));
        settings.aws().lockTable().ifPresent(table -> parts.add("lock table " + table));
        parts.add(LeaseTimings.describe(settings.leases()));
        if (!SlackSettings.DEFAULT_API_URL.equals(slack.apiUrl())) {
            parts.add("Slack Web API at " + slack.apiUrl());
        }
        return Check.ok("configuration", String.join("; ", parts));
    }
}
