package io.peerbot.bootstrap;

import io.peerbot.adapter.aws.AwsDoctor;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.owners.OwnersFileDoctor;
import io.peerbot.adapter.slack.SlackDoctor;
import io.peerbot.adapter.slack.SlackTransport;
import io.peerbot.application.doctor.Check;
import io.peerbot.application.doctor.DoctorReport;
import io.peerbot.config.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code peerbot doctor}'s checks, in order: the configuration, Slack (bot token and scopes; app token or
 * signing secret), AWS (identity, every EC2 permission by DryRun, SSM, the role in each watched account) and
 * the owners file. Each check says what it found; a failed one says what is missing and how to fix it.
 */
public final class Doctor {
    private static final String MODES = "set SLACK_BOT_TOKEN (xoxb-…) and SLACK_APP_TOKEN (xapp-…) for Socket "
            + "Mode, or SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and PORT for HTTP mode";

    private Doctor() {
    }

    /**
     * @param env the environment the bot would run with
     * @param aws how to reach AWS (from the environment: {@link AwsSettings#fromEnvironment}); the role to assume
     *            is taken from {@code PEERBOT_ASSUME_ROLE} in {@code env}
     */
    public static DoctorReport examine(Map<String, String> env, AwsSettings aws) {
        List<Check> checks = new ArrayList<>();
        Config config = null;
        try {
            config = Config.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            checks.add(Check.fail("configuration", e.getMessage(), "correct that environment variable"));
        }
        if (config != null) {
            checks.add(configuration(config));
            if (config.mode() != Config.Mode.NONE) {
                try (SlackDoctor slack = new SlackDoctor(SlackFromConfig.settings(config))) {
                    checks.addAll(slack.check(SlackFromConfig.transport(config)));
                }
            }
            aws = config.assumeRole().map(aws::withAssumeRole).orElse(aws);
        }
        try (AwsDoctor awsDoctor = new AwsDoctor(aws)) {
            checks.addAll(awsDoctor.check(config == null ? List.of() : config.watchedLocations()));
        }
        if (config != null) {
            checks.add(OwnersFileDoctor.check(config.ownersFile()));
        }
        return new DoctorReport(checks);
    }

    private static Check configuration(Config config) {
        if (config.mode() == Config.Mode.NONE) {
            String missing = config.botToken().isEmpty() ? "SLACK_BOT_TOKEN is not set"
                    : "neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is set";
            return Check.fail("configuration", missing, MODES);
        }
        SlackTransport transport = SlackFromConfig.transport(config);
        String mode = transport instanceof SlackTransport.Http http
                ? "HTTP mode on port " + http.port() + " (POST /slack/events, GET /healthz)" : "Socket Mode";
        List<String> parts = new ArrayList<>(List.of(mode));
        if (config.mode() == Config.Mode.SOCKET && config.signingSecret().isPresent()) {
            parts.add("SLACK_SIGNING_SECRET is ignored while SLACK_APP_TOKEN is set");
        }
        parts.add(config.admins().isEmpty() ? "no admins" : config.admins().size() + " admin(s)");
        parts.add(config.allowedChannels().isEmpty() ? "any channel"
                : "channels " + String.join(", ", config.allowedChannels().stream().sorted().toList()));
        if (!config.watchedLocations().isEmpty()) {
            parts.add("watching " + String.join(", ", config.watchedLocations().stream().map(Object::toString)
                    .toList()));
        }
        if (!Config.DEFAULT_SLACK_API_URL.equals(config.slackApiUrl())) {
            parts.add("Slack Web API at " + config.slackApiUrl());
        }
        return Check.ok("configuration", String.join("; ", parts));
    }
}
