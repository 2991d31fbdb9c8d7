package io.peerbot.adapter.aws;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import io.peerbot.adapter.aws.organizations.OrganizationAccounts;
import io.peerbot.adapter.aws.organizations.OrganizationsClient;
import io.peerbot.adapter.aws.pacing.Ec2Pacing;
import io.peerbot.application.port.Caller;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.network.AllowedAccounts;
import io.peerbot.domain.network.Location;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
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
 *
 * <p>A gateway on behalf of a person ({@link #at(Location, Caller)}) assumes the role in a session of its own,
 * named for the person and the change, with the person's Slack id as source identity. Those are kept per place and
 * person while in use and closed after {@code callerIdle} without use; their clients share one connection pool, so
 * a gateway still held by a long apply keeps working after it has been closed.
 */
public final class AwsEc2Gateways implements Ec2Gateways, AutoCloseable {
    static final String SESSION_NAME = "peerbot";
    /** How long a person's gateway is kept without use. */
    public static final Duration CALLER_IDLE = Duration.ofMinutes(5);
    /**
     * Describes of VPC reads run at once in one account and region unless told otherwise: both VPCs of a decision
     * in one call's time, and the reads of the eight command workers side by side (seven describes each; at 32,
     * plans in a burst of 100 commands waited for these threads, and took 10% longer). EC2 meters each describe API
     * in its own bucket (100 requests, refilled at 20 a second per account and region), to which every call is
     * paced ({@link Ec2Pacing}): this bound lets calls go together, the buckets set the pace.
     */
    static final int DESCRIBES_IN_FLIGHT_PER_LOCATION = 64;
    /**
     * Connections of each EC2 client (the SDK's default is 50): the engine's calls in flight and the describes of
     * VPC reads, in one account and region, without waiting for a connection.
     */
    static final int CONNECTIONS_PER_CLIENT = 96;

    private final AwsSettings settings;
    /** Built on first use (the first {@link #home()}), so making the gateways costs a start nothing. */
    private volatile Region homeRegion;
    private volatile StsClient sts;
    private final Object stsLock = new Object();
    /**
     * Once closed, no client is built and no call goes out any more (a start that failed, or a stopping process's
     * work, may still be asking on another thread).
     */
    private volatile boolean closed;
    private final Map<Location, SdkEc2Gateway> gateways = new ConcurrentHashMap<>();
    private final Map<String, AwsCredentialsProvider> assumedRoles = new HashMap<>();
    private final List<SdkAutoCloseable> closeables = new ArrayList<>();
    /** One pool per account and region, shared by the bot's gateway and the gateways on behalf of people. */
    private final Map<Location, ParallelDescribes> describePools = new ConcurrentHashMap<>();
    private final int describesInFlightPerLocation;
    /** Built with the first gateway on behalf of a person. */
    private SdkHttpClient callerHttp;
    private final Object callerHttpLock = new Object();
    private final Cache<CallerPlace, CallerGateway> callerGateways;
    private final Consistency consistency;
    /** The request-token buckets of every account and region, shared by all the clients made for it. */
    private final Ec2Pacing pacing;
    private volatile Location home;
    /** With {@code PEERBOT_ACCOUNTS=organization}: the organisation's accounts, read on first use. */
    private volatile OrganizationAccounts organization;

    /** Where and for whom a person's gateway acts. */
    private record CallerPlace(Location location, Caller caller) {
    }

    /** A person's gateway and what closing it closes. */
    private record CallerGateway(SdkEc2Gateway gateway, List<SdkAutoCloseable> closeables) {
        void close() {
            closeables.forEach(SdkAutoCloseable::close);
        }
    }

    public AwsEc2Gateways(AwsSettings settings) {
        this(settings, DESCRIBES_IN_FLIGHT_PER_LOCATION, CALLER_IDLE, Ticker.systemTicker(), Consistency.defaults());
    }

    /** @param describesInFlightPerLocation describes of VPC reads run at once in one account and region */
    public AwsEc2Gateways(AwsSettings settings, int describesInFlightPerLocation) {
        this(settings, describesInFlightPerLocation, CALLER_IDLE, Ticker.systemTicker(), Consistency.defaults());
    }

    /**
     * @param describesInFlightPerLocation describes of VPC reads run at once in one account and region
     * @param consistency                  how long a peering just made may be unknown before that is believed
     */
    public AwsEc2Gateways(AwsSettings settings, int describesInFlightPerLocation, Consistency consistency) {
        this(settings, describesInFlightPerLocation, CALLER_IDLE, Ticker.systemTicker(), consistency);
    }

    public AwsEc2Gateways(AwsSettings settings, Duration callerIdle) {
        this(settings, DESCRIBES_IN_FLIGHT_PER_LOCATION, callerIdle, Ticker.systemTicker(), Consistency.defaults());
    }

    AwsEc2Gateways(AwsSettings settings, Duration callerIdle, Ticker ticker) {
        this(settings, DESCRIBES_IN_FLIGHT_PER_LOCATION, callerIdle, ticker, Consistency.defaults());
    }

    private AwsEc2Gateways(AwsSettings settings, int describesInFlightPerLocation, Duration callerIdle,
                           Ticker ticker, Consistency consistency) {
        if (describesInFlightPerLocation < 1) {
            throw new IllegalArgumentException("describesInFlightPerLocation must be at least 1");
        }
        this.settings = settings;
        this.consistency = consistency;
        this.pacing = Ec2Pacing.of(settings.ec2Rates());
        this.describesInFlightPerLocation = describesInFlightPerLocation;
        this.callerGateways = Caffeine.newBuilder().expireAfterAccess(callerIdle).ticker(ticker)
                .executor(Runnable::run).scheduler(Scheduler.systemScheduler())
                .<CallerPlace, CallerGateway>removalListener((place, gateway, cause) -> {
                    if (gateway != null) {
                        gateway.close();
                    }
                })
                .build();
    }

    /** The client that asks who the bot is and assumes roles, in the home region; built once, when first needed. */
    private StsClient sts() {
        StsClient built = sts;
        if (built == null) {
            synchronized (stsLock) {
                if (closed) {
                    throw new CloudException("GetCallerIdentity", "Closed", "peerbot is stopping", null);
                }
                if (sts == null) {
                    Region region = settings.region().map(Region::of).orElseGet(AwsEc2Gateways::defaultRegion);
                    var builder = StsClient.builder().region(region).credentialsProvider(settings.credentials())
                            .overrideConfiguration(overrides(settings.retry().strategy()));
                    settings.endpoint().ifPresent(builder::endpointOverride);
                    homeRegion = region;
                    sts = builder.build();
                }
                built = sts;
            }
        }
        return built;
    }

    private SdkHttpClient callerHttp() {
        synchronized (callerHttpLock) {
            if (callerHttp == null) {
                callerHttp = Apache5HttpClient.builder().maxConnections(CONNECTIONS_PER_CLIENT).build();
            }
            return callerHttp;
        }
    }

    static Region defaultRegion() {
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
                    StsClient client = sts();
                    String account = AwsErrors.call("GetCallerIdentity", () -> client.getCallerIdentity().account());
                    home = new Location(account, homeRegion.id());
                }
                known = home;
            }
        }
        return known;
    }

    @Override
    public boolean foreign(String account) {
        String own = home().account();
        if (account.equals(own)) {
            return false;
        }
        // asked before every gateway and role: the members as last read, not an allow-list built for each ask
        AllowedAccounts configured = settings.allowedAccounts();
        return configured.organization() ? !organization().members().contains(account)
                : !configured.permits(account, own);
    }

    /**
     * The accounts the bot may act in now: those configured, or with {@code PEERBOT_ACCOUNTS=organization} the
     * AWS Organization's active accounts as last read (read now if never read).
     *
     * @throws CloudException when the organisation's accounts have never been read and cannot be, naming why
     */
    public AllowedAccounts allowedAccounts() {
        AllowedAccounts configured = settings.allowedAccounts();
        return configured.organization() ? configured.withMembers(organization().members()) : configured;
    }

    private OrganizationAccounts organization() {
        OrganizationAccounts made = organization;
        if (made != null) {
            return made;
        }
        String region = home().region();
        synchronized (this) {
            refuseWhenClosed();
            if (organization == null) {
                organization = new OrganizationAccounts(new OrganizationsClient(
                        () -> Apache5HttpClient.builder().build(), settings.endpoint(), region),
                        settings.credentials());
            }
            return organization;
        }
    }

    /** Reached with the bot's own credentials in its own account, else by assuming the configured role. */
    @Override
    public Ec2Gateway at(Location location) {
        refuseWhenClosed();
        SdkEc2Gateway existing = gateways.get(location);
        if (existing != null) {
            return existing;
        }
        synchronized (this) {
            refuseWhenClosed();
            return gateways.computeIfAbsent(location, l -> {
                Ec2Client ec2 = ec2(l, credentialsFor(l.account()), settings.retry().strategy(), null);
                Ec2Client throttledOnly = ec2(l, credentialsFor(l.account()),
                        settings.retry().throttlingOnlyStrategy(), null);
                closeables.add(ec2);
                closeables.add(throttledOnly);
                return gateway(l, ec2, throttledOnly);
            });
        }
    }

    /**
     * In another account, a role session of {@code caller}'s own: session name {@code peerbot-<user>-<pcx>} and
     * source identity the Slack user id. In the bot's own account there is no role to assume, so the bot's own
     * gateway ({@link #at(Location)}). An account outside the organisation is refused like in {@link #at(Location)}.
     */
    @Override
    public Ec2Gateway at(Location location, Caller caller) {
        if (location.account().equals(home().account())) {
            return at(location);
        }
        refuseForeign(location.account());
        refuseWhenClosed();
        return callerGateways.get(new CallerPlace(location, caller), this::callerGateway).gateway();
    }

    /**
     * Once closed, no call goes out: work still running (a stopping process's) would otherwise get new clients
     * made for it and write after the stop.
     */
    private void refuseWhenClosed() {
        if (closed) {
            throw new IllegalStateException("the AWS clients are closed: peerbot is stopping");
        }
    }

    private CallerGateway callerGateway(CallerPlace place) {
        String sessionName = RoleSessions.sessionName(place.caller());
        String sourceIdentity = RoleSessions.sourceIdentity(place.caller());
        String roleArn = roleArn(place.location().account());
        StsAssumeRoleCredentialsProvider credentials = StsAssumeRoleCredentialsProvider.builder().stsClient(sts())
                .refreshRequest(r -> r.roleArn(roleArn).roleSessionName(sessionName).sourceIdentity(sourceIdentity))
                .asyncCredentialUpdateEnabled(false).build();
        SdkHttpClient http = callerHttp();
        Ec2Client ec2 = ec2(place.location(), credentials, settings.retry().strategy(), http);
        Ec2Client throttledOnly = ec2(place.location(), credentials, settings.retry().throttlingOnlyStrategy(),
                http);
        return new CallerGateway(gateway(place.location(), ec2, throttledOnly), List.of(ec2, throttledOnly,
                credentials));
    }

    /** How many gateways on behalf of a person are open, once those idle too long are closed. */
    long openCallerGateways() {
        callerGateways.cleanUp();
        return callerGateways.estimatedSize();
    }

    private SdkEc2Gateway gateway(Location location, Ec2Client ec2, Ec2Client throttledOnly) {
        ParallelDescribes describes = describePools.computeIfAbsent(location,
                l -> new ParallelDescribes(l, describesInFlightPerLocation));
        return new SdkEc2Gateway(ec2, throttledOnly, location, settings.peeringPoll(), settings.retry(), describes,
                consistency, pacing);
    }

    private Ec2Client ec2(Location location, AwsCredentialsProvider credentials, RetryStrategy retry,
                          SdkHttpClient http) {
        var builder = Ec2Client.builder().region(Region.of(location.region())).credentialsProvider(credentials)
                .overrideConfiguration(overrides(retry).toBuilder()
                        .addExecutionInterceptor(pacing.interceptorFor(location)).build());
        if (http != null) {
            builder.httpClient(http);
        } else {
            builder.httpClientBuilder(Apache5HttpClient.builder().maxConnections(CONNECTIONS_PER_CLIENT));
        }
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
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
        refuseForeign(account);
        return assumedRoles.computeIfAbsent(account, this::assumeRole);
    }

    private void refuseForeign(String account) {
        if (foreign(account)) {
            String which = settings.allowedAccounts().organization()
                    ? "PEERBOT_ACCOUNTS=organization: the active accounts of the bot's AWS Organization"
                    : "PEERBOT_ACCOUNTS";
            throw new CloudException("AssumeRole", "AccountNotAllowed", "Account " + account + " is not one of "
                    + "the organisation's accounts peerbot may act in (" + which + "), so peerbot does not act "
                    + "there.", null);
        }
    }

    private AwsCredentialsProvider assumeRole(String account) {
        String roleArn = roleArn(account);
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder().stsClient(sts())
                .refreshRequest(r -> r.roleArn(roleArn).roleSessionName(SESSION_NAME))
                .asyncCredentialUpdateEnabled(false).build();
        closeables.add(provider);
        return provider;
    }

    private String roleArn(String account) {
        String template = settings.assumeRoleTemplate().orElseThrow(() -> new CloudException("AssumeRole",
                "NoRoleConfigured", "The VPC is in account " + account + ", not in the bot's own account "
                + home().account() + ". Set PEERBOT_ASSUME_ROLE to a role the bot may assume there, e.g. "
                + "arn:aws:iam::{account}:role/peerbot", null));
        return template.replace("{account}", account);
    }

    private static ClientOverrideConfiguration overrides(RetryStrategy retry) {
        return ClientOverrideConfiguration.builder().retryStrategy(retry).build();
    }

    @Override
    public synchronized void close() {
        closed = true;
        callerGateways.invalidateAll();
        callerGateways.cleanUp();
        for (SdkAutoCloseable closeable : closeables) {
            closeable.close();
        }
        closeables.clear();
        describePools.values().forEach(ParallelDescribes::close);
        describePools.clear();
        gateways.clear();
        if (organization != null) {
            organization.close();
        }
        synchronized (callerHttpLock) {
            if (callerHttp != null) {
                callerHttp.close();
            }
        }
        synchronized (stsLock) {
            closed = true;
            if (sts != null) {
                sts.close();
            }
        }
    }
}
