package io.peerbot.adapter.aws.quotas;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.peerbot.adapter.aws.AwsEc2Gateways;
import io.peerbot.adapter.aws.json.SignedJsonCalls;
import io.peerbot.application.port.QuotaSource;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.validation.Quotas;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;

/**
 * The VPC quotas applied in each account and region, read from Service Quotas with the credentials the EC2 gateways
 * use there, and kept for an hour (quota increases are rare and take AWS hours to days). When Service Quotas denies
 * or cannot be reached, AWS's defaults are used and the plan says why; that answer is kept only for a few minutes, so
 * a passing failure does not stick. {@code PEERBOT_QUOTAS} wins over what is read ({@link Quotas#overriddenBy}).
 */
public final class ServiceQuotaSource implements QuotaSource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceQuotaSource.class);
    public static final Duration KEPT = Duration.ofHours(1);
    public static final Duration UNANSWERED_KEPT = Duration.ofMinutes(5);
    static final String VPC = "vpc";
    static final String ACTIVE_PEERINGS_PER_VPC = "L-7E9ECCDB";
    static final String OUTSTANDING_PEERING_REQUESTS = "L-DC9F7029";
    static final String ROUTES_PER_TABLE = "L-93826ACB";
    static final String RULES_PER_GROUP = "L-0EA8095F";

    private final ServiceQuotasClient client;
    private final Function<String, AwsCredentialsProvider> credentialsIn;
    private final Quotas configured;
    private final Cache<Location, Applied> cache = Caffeine.newBuilder().maximumSize(1000)
            .expireAfter(Expiry.<Location, Applied>creating((location, applied) ->
                    applied.unanswered().isPresent() ? UNANSWERED_KEPT : KEPT))
            .build();

    /**
     * @param configured AWS's defaults with {@code PEERBOT_QUOTAS}: what wins, and what is used when Service Quotas
     *                   does not answer
     */
    public ServiceQuotaSource(ServiceQuotasClient client, Function<String, AwsCredentialsProvider> credentialsIn,
                              Quotas configured) {
        this.client = client;
        this.credentialsIn = credentialsIn;
        this.configured = configured;
    }

    /**
     * Through the gateways' endpoint and credentials, on an HTTP client of its own with short timeouts: a request
     * waits at most a few seconds for Service Quotas before it is checked against the defaults. The client is made
     * at the first read, not when the bot starts.
     */
    public static ServiceQuotaSource of(AwsEc2Gateways gateways, Quotas configured) {
        Supplier<SdkHttpClient> http = () -> Apache5HttpClient.builder().connectionTimeout(Duration.ofSeconds(3))
                .socketTimeout(Duration.ofSeconds(5)).build();
        return new ServiceQuotaSource(new ServiceQuotasClient(http, gateways.settings().endpoint()),
                gateways::credentialsIn, configured);
    }

    @Override
    public Applied quotasIn(Location location) {
        return cache.get(location, this::read);
    }

    private Applied read(Location location) {
        try {
            AwsCredentialsProvider credentials = credentialsIn.apply(location.account());
            Quotas applied = new Quotas(
                    value(location, credentials, ACTIVE_PEERINGS_PER_VPC),
                    value(location, credentials, OUTSTANDING_PEERING_REQUESTS),
                    value(location, credentials, ROUTES_PER_TABLE),
                    value(location, credentials, RULES_PER_GROUP));
            return Applied.read(applied.overriddenBy(configured));
        } catch (SignedJsonCalls.Refused e) {
            return unanswered(location, e.code() + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            return unanswered(location, "not reachable (" + e.getCause().getMessage() + ")");
        } catch (SdkException | CompletionException e) {
            return unanswered(location, "no credentials (" + e.getMessage() + ")");
        }
    }

    private int value(Location location, AwsCredentialsProvider credentials, String quotaCode) {
        double value = client.getServiceQuota(location, credentials, VPC, quotaCode);
        return (int) Math.max(1, Math.floor(value));
    }

    private Applied unanswered(Location location, String reason) {
        LOG.warn("Service Quotas did not answer in {}: {}; checking against AWS's defaults", location, reason);
        return new Applied(configured, Optional.of(reason));
    }

    @Override
    public void close() {
        client.close();
    }
}
