package io.peerbot.config;

import io.peerbot.domain.validation.Quotas;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.pacing.Ec2Rates;
import io.peerbot.adapter.aws.seal.SealKeyException;
import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.adapter.slack.SlackSettings;
import io.peerbot.adapter.slack.SlackTransport;
import io.peerbot.application.lease.LeaseSettings;
import io.peerbot.application.usecase.Policies;
import io.peerbot.domain.expiry.PendingRequests;
import io.peerbot.domain.network.AllowedAccounts;
import io.peerbot.domain.network.Location;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * peerbot's configuration, read once from the environment (SPEC §6): {@code peerbot run}, {@code peerbot doctor}
 * and the sandbox all start from this one reading, so they see the same values. AWS credentials, region and
 * {@code AWS_ENDPOINT_URL} are read by the AWS SDK itself.
 *
 * @param slack      how to reach Slack and how Slack reaches the bot
 * @param aws        where in AWS the bot acts
 * @param people     who may approve anything, and where the bot answers
 * @param ownersFile {@code PEERBOT_OWNERS_FILE}
 * @param sealKeys   {@code PEERBOT_SEAL_KEYS}: the keys that seal the records kept on peerings; empty when unset
 *                   (doctor says so, and {@code run} refuses to start without them)
 * @param watch      where peering requests peerbot did not make are reported, and how often it looks
 * @param policyFile {@code PEERBOT_POLICY_FILE}: the guardrails every request and change is judged by
 * @param leases     {@code PEERBOT_LEASE_TTL} and {@code PEERBOT_DECISION_WAIT}: how replicas time their leases
 *                   ({@link LeaseTimings})
 */
public record PeerbotSettings(Slack slack, Aws aws, People people, Optional<Path> ownersFile,
                              Optional<SealKeys> sealKeys, Watch watch, Optional<Path> policyFile,
                              LeaseSettings leases) {

    /** @throws ConfigurationException naming every variable that is wrong, and what is wrong with it */
    public static PeerbotSettings fromEnvironment(Map<String, String> env) {
        EnvironmentReader read = new EnvironmentReader(env);
        Slack slack = new Slack(read.text("SLACK_BOT_TOKEN"), read.text("SLACK_APP_TOKEN"),
                read.text("SLACK_SIGNING_SECRET"), read.value("PORT", Values::port).orElse(Slack.DEFAULT_PORT),
                read.value("SLACK_API_URL", Values::httpUrl).orElse(SlackSettings.DEFAULT_API_URL));
        Aws aws = new Aws(read.value("PEERBOT_ASSUME_ROLE", Values::roleTemplate), allowedAccounts(read),
                read.list("PEERBOT_WATCH", Values::location).stream().distinct().sorted(Values.BY_TEXT).toList(),
                read.value("PEERBOT_QUOTAS", Quotas.awsDefaults()::withOverrides).orElse(Quotas.awsDefaults()),
                read.value("PEERBOT_EC2_RATE", Ec2Rates::parse),
                read.value("PEERBOT_LOCK_TABLE", Values::tableName));
        People people = new People(Set.copyOf(read.list("PEERBOT_ADMINS", Values::userId)),
                Set.copyOf(read.list("PEERBOT_ALLOWED_CHANNELS", Values::channel)));
        Optional<Path> ownersFile = read.value("PEERBOT_OWNERS_FILE", Values::path);
        Optional<SealKeys> sealKeys = sealKeys(read);
        Optional<Path> policyFile = read.value("PEERBOT_POLICY_FILE", Values::path);
        Watch watch = new Watch(read.value("PEERBOT_ALERT_CHANNEL", Values::channel),
                read.value("PEERBOT_WATCH_INTERVAL", Values::interval).orElse(Policies.DEFAULT_WATCH_INTERVAL),
                read.value("PEERBOT_REMIND_AFTER", Values::interval).orElse(PendingRequests.DEFAULT_REMIND_AFTER));
        LeaseSettings leases = LeaseTimings.read(read);
        read.requireNoProblems();
        return new PeerbotSettings(slack, aws, people, ownersFile, sealKeys, watch, policyFile, leases);
    }

    private static Optional<SealKeys> sealKeys(EnvironmentReader read) {
        Optional<String> text = read.text(SealKeys.VARIABLE);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SealKeys.parse(text.get()));
        } catch (SealKeyException e) {
            read.problem(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The seal keys, which the bot cannot run without: it must never act on records it cannot verify.
     *
     * @throws ConfigurationException when {@code PEERBOT_SEAL_KEYS} is not set
     */
    public SealKeys requiredSealKeys() {
        if (sealKeys.isPresent()) {
            return sealKeys.get();
        }
        try {
            return SealKeys.parse("");
        } catch (SealKeyException unset) {
            throw new ConfigurationException(List.of(unset.getMessage()));
        }
    }

    /** {@code PEERBOT_ACCOUNTS=organization}: the active accounts of the bot's AWS Organization. */
    public static final String ORGANIZATION = "organization";

    private static AllowedAccounts allowedAccounts(EnvironmentReader read) {
        if (!read.isSet("PEERBOT_ACCOUNTS")) {
            return AllowedAccounts.any();
        }
        if (read.text("PEERBOT_ACCOUNTS").map(String::strip).filter(ORGANIZATION::equalsIgnoreCase).isPresent()) {
            return AllowedAccounts.organizationMembers();
        }
        List<String> accounts = read.list("PEERBOT_ACCOUNTS", Values::account);
        if (accounts.isEmpty()) {
            read.problem("PEERBOT_ACCOUNTS lists no account ID: list the organisation's 12-digit account IDs, "
                    + "comma-separated, set it to organization, or leave it unset");
        }
        return AllowedAccounts.only(accounts);
    }

    /** The policies the use cases act on: these people and places, with the use cases' default timings. */
    public Policies policies() {
        Policies defaults = Policies.defaults();
        return new Policies(people.admins(), people.allowedChannels(), aws.watched(), defaults.ownerCacheTtl(),
                defaults.duplicateClickWindow(), defaults.clock(), watch.alertChannel(), watch.interval(),
                watch.remindAfter());
    }

    /**
     * @param alertChannel {@code PEERBOT_ALERT_CHANNEL}: the channel ID where peering requests peerbot did not make
     *                     are reported; empty: a warning in the log
     * @param interval     {@code PEERBOT_WATCH_INTERVAL}: how often the bot looks for them (10 minutes by default)
     * @param remindAfter  {@code PEERBOT_REMIND_AFTER}: when a request awaiting approval is first reminded of (24 h
     *                     by default; then daily)
     */
    public record Watch(Optional<String> alertChannel, Duration interval, Duration remindAfter) {
        public Watch(Optional<String> alertChannel, Duration interval) {
            this(alertChannel, interval, PendingRequests.DEFAULT_REMIND_AFTER);
        }
    }

    /** Socket Mode with both tokens, HTTP mode with a bot token and a signing secret, else no Slack at all. */
    public enum Mode { SOCKET, HTTP, NONE }

    /**
     * @param botToken      {@code SLACK_BOT_TOKEN} ({@code xoxb-…})
     * @param appToken      {@code SLACK_APP_TOKEN} ({@code xapp-…}), for Socket Mode
     * @param signingSecret {@code SLACK_SIGNING_SECRET}, for HTTP mode
     * @param port          {@code PORT}, where HTTP mode listens
     * @param apiUrl        {@code SLACK_API_URL}, the Web API's base URL
     */
    public record Slack(Optional<String> botToken, Optional<String> appToken, Optional<String> signingSecret,
                        int port, String apiUrl) {
        public static final int DEFAULT_PORT = 3000;

        public Mode mode() {
            if (botToken.isPresent() && appToken.isPresent()) {
                return Mode.SOCKET;
            }
            if (botToken.isPresent() && signingSecret.isPresent()) {
                return Mode.HTTP;
            }
            return Mode.NONE;
        }

        /** @throws IllegalStateException without {@code SLACK_BOT_TOKEN} */
        public SlackSettings settings() {
            return new SlackSettings(botToken.orElseThrow(() -> new IllegalStateException(NO_TOKENS)),
                    appToken.orElse(null), apiUrl, signingSecret.orElse(null));
        }

        /** Socket Mode with an app token, else HTTP on {@code PORT} with a signing secret. */
        public SlackTransport transport() {
            return switch (mode()) {
                case SOCKET -> SlackTransport.socketMode();
                case HTTP -> SlackTransport.http(port);
                case NONE -> throw new IllegalStateException(NO_TOKENS);
            };
        }

        /** Tokens and the signing secret stay out of logs. */
        @Override
        public String toString() {
            return "Slack[mode=" + mode() + ", port=" + port + ", apiUrl=" + apiUrl + "]";
        }

        private static final String NO_TOKENS = "no Slack tokens configured: SLACK_BOT_TOKEN with "
                + "SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)";
    }

    /**
     * @param assumeRole {@code PEERBOT_ASSUME_ROLE}: the role ARN with {@code {account}} standing for the account
     * @param accounts   {@code PEERBOT_ACCOUNTS}: where the bot may act besides its own account: listed, or the
     *                   AWS Organization's ({@code organization})
     * @param watched    {@code PEERBOT_WATCH}: other account:region pairs whose peerings the bot lists and resumes
     * @param quotas     AWS's default quotas with those {@code PEERBOT_QUOTAS} overrides (e.g.
     *                   {@code routes-per-table=100}), for quotas raised in the accounts
     * @param ec2Rates   {@code PEERBOT_EC2_RATE}: the request-token buckets EC2 calls are paced to, when not EC2's
     *                   documented ones (e.g. {@code mutating=400/10}, or {@code off})
     * @param lockTable  {@code PEERBOT_LOCK_TABLE}: the DynamoDB table in the bot's home account and region where
     *                   replicas of the bot agree who works on what; empty: one replica, nothing shared
     */
    public record Aws(Optional<String> assumeRole, AllowedAccounts accounts, List<Location> watched, Quotas quotas,
                      Optional<Ec2Rates> ec2Rates, Optional<String> lockTable) {
        public Aws {
            watched = List.copyOf(watched);
        }

        /** Without a lock table. */
        public Aws(Optional<String> assumeRole, AllowedAccounts accounts, List<Location> watched, Quotas quotas,
                   Optional<Ec2Rates> ec2Rates) {
            this(assumeRole, accounts, watched, quotas, ec2Rates, Optional.empty());
        }

        /** How to reach AWS ({@code reach}: region, endpoint, credentials, retries) with this role and these accounts. */
        public AwsSettings applyTo(AwsSettings reach) {
            AwsSettings settings = reach.withAssumeRole(assumeRole).withAllowedAccounts(accounts);
            return ec2Rates.map(settings::withEc2Rates).orElse(settings);
        }
    }

    /**
     * @param admins          {@code PEERBOT_ADMINS}: Slack user IDs who may approve anything
     * @param allowedChannels {@code PEERBOT_ALLOWED_CHANNELS}: channel IDs the bot acts in; empty: everywhere
     */
    public record People(Set<String> admins, Set<String> allowedChannels) {
        public People {
            admins = Set.copyOf(admins);
            allowedChannels = Set.copyOf(allowedChannels);
        }
    }
}
