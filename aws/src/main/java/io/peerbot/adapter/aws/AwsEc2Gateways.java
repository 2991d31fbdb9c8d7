package io.peerbot.adapter.aws;

import io.peerbot.application.engine.EngineSettings;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.network.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * One {@link SdkEc2Gateway} per account and region, made on first use and kept: the bot's own account
 * with its own credentials, any other allowed account through {@code AssumeRole}. An account the settings do not
 * allow is never reached: no role is assumed there, whatever asks. Close it to close the clients and stop the
 * threads that read VPCs.
 */
public final class AwsEc2Gateways implements Ec2Gateways, AutoCloseable {
    static final String SESSION_NAME = "peerbot";
    /**
     * Describes of VPC reads run at once in one account and region unless told otherwise: as many as the engine
     * runs calls there by default (EC2 throttles per account and region), enough for one read in two calls' time.
     */
    static final int DESCRIBES_IN_FLIGHT_PER_LOCATION = EngineSettings.defaults().callsInFlightPerLocation();

    private final AwsSettings settings;
    private final Region homeRegion;
    private final StsClient sts;
    private final Map<Location, SdkEc2Gateway> gateways = new ConcurrentHashMap<>();
    private final Map<String, AwsCredentialsProvider> assumedRoles = new HashMap<>();
    private final List<SdkAutoCloseable> closeables = new ArrayList<>();
    private final List<ParallelDescribes> describePools = new ArrayList<>();
    private final int describesInFlightPerLocation;
    private volatile Location home;

    public AwsEc2Gateways(AwsSettings settings) {
        this(settings, DESCRIBES_IN_FLIGHT_PER_LOCATION);
    }

    /** @param describesInFlightPerLocation describes of VPC reads run at once in one account and region */
    public AwsEc2Gateways(AwsSettings settings, int describesInFlightPerLocation) {
        if (describesInFlightPerLocation < 1) {
            throw new IllegalArgumentException("describesInFlightPerLocation must be at least 1");
        }
        this.settings = settings;
        this.describesInFlightPerLocation = describesInFlightPerLocation;
        this.homeRegion = settings.region().map(Region::of).orElseGet(AwsEc2Gateways::defaultRegion);
        var builder = StsClient.builder().region(homeRegion).credentialsProvider(settings.credentials())
                .overrideConfiguration(overrides(settings.retry().strategy()));
        settings.endpoint().ifPresent(builder::endpointOverride);
        this.sts = builder.build();
        closeables.add(sts);
    }

    private static Region defaultRegion() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException e) {
            throw new CloudException("GetCallerIdentity", "NoRegion",
                    "No AWS region is configured: set AWS_REGION (e.g. us-east-1)", e);
        }
    }

    /** The bot's own account (asked of STS once) and its region. */
    @Override
    public Location home() {
        Location known = home;
        if (known == null) {
            synchronized (this) {
                if (home == null) {
                    String account = AwsErrors.call("GetCallerIdentity", () -> sts.getCallerIdentity().account());
                    home = new Location(account, homeRegion.id());
                }
                known = home;
            }
        }
        return known;
    }

    @Override
    public boolean foreign(String account) {
        return !settings.allowedAccounts().permits(account, home().account());
    }

    /** Reached with the bot's own credentials in its own account, else by assuming the configured role. */
    @Override
    public Ec2Gateway at(Location location) {
        SdkEc2Gateway existing = gateways.get(location);
        if (existing != null) {
            return existing;
        }
        synchronized (this) {
            return gateways.computeIfAbsent(location, l -> gateway(l, credentialsFor(l.account())));
        }
    }

    private SdkEc2Gateway gateway(Location location, AwsCredentialsProvider credentials) {
        Ec2Client ec2 = ec2(location, credentials, settings.retry().strategy());
        Ec2Client throttledOnly = ec2(location, credentials, settings.retry().throttlingOnlyStrategy());
        ParallelDescribes describes = new ParallelDescribes(location, describesInFlightPerLocation);
        describePools.add(describes);
        return new SdkEc2Gateway(ec2, throttledOnly, location, settings.peeringPoll(), settings.retry(), describes);
    }

    private Ec2Client ec2(Location location, AwsCredentialsProvider credentials, RetryStrategy retry) {
        var builder = Ec2Client.builder().region(Region.of(location.region())).credentialsProvider(credentials)
                .overrideConfiguration(overrides(retry));
        settings.endpoint().ifPresent(builder::endpointOverride);
        Ec2Client client = builder.build();
        closeables.add(client);
        return client;
    }

    /**
     * The credentials the gateways use in an account: the bot's own in its home account, else the assumed
     * role's. For clients of other services that act in the same accounts (SSM for the connectivity test).
     */
    public synchronized AwsCredentialsProvider credentialsIn(String account) {
        return credentialsFor(account);
    }

    /** How these gateways reach AWS: endpoint, retries. */
    public AwsSettings settings() {
        return settings;
    }

    private AwsCredentialsProvider credentialsFor(String account) {
        if (account.equals(home().account())) {
            return settings.credentials();
        }
        if (foreign(account)) {
            throw new CloudException("AssumeRole", "AccountNotAllowed", "Account " + account + " is not one of "
                    + "the organisation's accounts peerbot may act in (PEERBOT_ACCOUNTS), so peerbot does not act "
                    + "there.", null);
        }
        return assumedRoles.computeIfAbsent(account, this::assumeRole);
    }

    private AwsCredentialsProvider assumeRole(String account) {
        String template = settings.assumeRoleTemplate().orElseThrow(() -> new CloudException("AssumeRole",
                "NoRoleConfigured", "The VPC is in account " + account + ", not in the bot's own account "
                + home().account() + ". Set PEERBOT_ASSUME_ROLE to a role the bot may assume there, e.g. "
                + "arn:aws:iam::{account}:role/peerbot", null));
        String roleArn = template.replace("{account}", account);
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder().stsClient(sts)
                .refreshRequest(r -> r.roleArn(roleArn).roleSessionName(SESSION_NAME))
                .asyncCredentialUpdateEnabled(false).build();
        closeables.add(provider);
        return provider;
    }

    private static ClientOverrideConfiguration overrides(RetryStrategy retry) {
        return ClientOverrideConfiguration.builder().retryStrategy(retry).build();
    }

    @Override
    public synchronized void close() {
        for (SdkAutoCloseable closeable : closeables) {
            closeable.close();
        }
        closeables.clear();
        describePools.forEach(ParallelDescribes::close);
        describePools.clear();
        gateways.clear();
    }
}
