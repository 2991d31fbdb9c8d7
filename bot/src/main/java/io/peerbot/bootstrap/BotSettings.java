package io.peerbot.bootstrap;

import io.peerbot.domain.validation.Quotas;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.adapter.slack.SlackSettings;
import io.peerbot.adapter.slack.SlackTransport;
import io.peerbot.application.lease.LeaseSettings;
import io.peerbot.application.usecase.Policies;
import io.peerbot.config.PeerbotSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything the bot needs to start: how to reach Slack and AWS (and how long to wait for a connectivity
 * test's commands), the policies it acts on, how Slack reaches it (Socket Mode or HTTP) and the policy file
 * ({@code PEERBOT_POLICY_FILE}; empty: no guardrails beyond the checks) and the lock table replicas share
 * ({@code PEERBOT_LOCK_TABLE}; empty: one replica, nothing shared) with the timings of the leases replicas take
 * ({@code PEERBOT_LEASE_TTL}, {@code PEERBOT_DECISION_WAIT}).
 */
public record BotSettings(SlackSettings slack, AwsSettings aws, SsmPolling ssm, Policies policies,
                          Optional<Path> ownersFile, SlackTransport transport, SealKeys sealKeys,
                          Optional<Path> policyFile, Quotas quotas, Optional<String> lockTable,
                          LeaseSettings leases) {

    /** With the default lease timings. */
    public BotSettings(SlackSettings slack, AwsSettings aws, SsmPolling ssm, Policies policies,
                       Optional<Path> ownersFile, SlackTransport transport, SealKeys sealKeys,
                       Optional<Path> policyFile, Quotas quotas, Optional<String> lockTable) {
        this(slack, aws, ssm, policies, ownersFile, transport, sealKeys, policyFile, quotas, lockTable,
                LeaseSettings.defaults());
    }

    /** Without a lock table. */
    public BotSettings(SlackSettings slack, AwsSettings aws, SsmPolling ssm, Policies policies,
                       Optional<Path> ownersFile, SlackTransport transport, SealKeys sealKeys,
                       Optional<Path> policyFile, Quotas quotas) {
        this(slack, aws, ssm, policies, ownersFile, transport, sealKeys, policyFile, quotas, Optional.empty());
    }

    /** Without a policy file, with AWS's default quotas. */
    public BotSettings(SlackSettings slack, AwsSettings aws, SsmPolling ssm, Policies policies,
                       Optional<Path> ownersFile, SlackTransport transport, SealKeys sealKeys) {
        this(slack, aws, ssm, policies, ownersFile, transport, sealKeys, Optional.empty(), Quotas.awsDefaults());
    }

    /** The same settings, Slack reaching the bot as {@code transport} says. */
    public BotSettings over(SlackTransport transport) {
        return new BotSettings(slack, aws, ssm, policies, ownersFile, transport, sealKeys, policyFile, quotas,
                lockTable, leases);
    }

    /** The same settings under other policies (e.g. on a test's clock). */
    public BotSettings with(Policies other) {
        return new BotSettings(slack, aws, ssm, other, ownersFile, transport, sealKeys, policyFile, quotas,
                lockTable, leases);
    }

    /** The same settings, Slack reached as {@code other} says (e.g. retrying at a test's pace). */
    public BotSettings with(SlackSettings other) {
        return new BotSettings(other, aws, ssm, policies, ownersFile, transport, sealKeys, policyFile, quotas,
                lockTable, leases);
    }

    /** Over Socket Mode. */
    public BotSettings(SlackSettings slack, AwsSettings aws, SsmPolling ssm, Policies policies,
                       Optional<Path> ownersFile, SealKeys sealKeys) {
        this(slack, aws, ssm, policies, ownersFile, SlackTransport.socketMode(), sealKeys);
    }

    /**
     * As the configuration says, AWS reached as {@code reach} says (region, endpoint, credentials, retries: the
     * SDK's defaults in production, the stand-ins in the sandbox and tests).
     *
     * @throws IllegalStateException when the configuration names no way to reach Slack
     * @throws io.peerbot.config.ConfigurationException when {@code PEERBOT_SEAL_KEYS} is not set: the bot never
     *                                                  runs without sealing its records
     */
    public static BotSettings of(PeerbotSettings settings, AwsSettings reach, SsmPolling ssm) {
        return new BotSettings(settings.slack().settings(), settings.aws().applyTo(reach), ssm, settings.policies(),
                settings.ownersFile(), settings.slack().transport(), settings.requiredSealKeys(), settings.policyFile(),
                settings.aws().quotas(), settings.aws().lockTable(), settings.leases());
    }

    /** As the configuration says, AWS reached through the SDK's own chains. */
    public static BotSettings of(PeerbotSettings settings) {
        return of(settings, AwsSettings.sdkDefaults(), SsmPolling.defaults());
    }
}
