package io.peerbot.adapter.aws;

import io.peerbot.domain.network.Location;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * One {@link SsmClient} per account and region, made on first use and kept, with the same credentials
 * (own or assumed role), endpoint and retries as the EC2 gateways of that account. Close it to close them.
 */
public final class SsmClients implements Function<Location, SsmClient>, AutoCloseable {
    private final AwsEc2Gateways gateways;
    private final Map<Location, SsmClient> clients = new ConcurrentHashMap<>();

    public SsmClients(AwsEc2Gateways gateways) {
        this.gateways = gateways;
    }

    @Override
    public SsmClient apply(Location location) {
        return clients.computeIfAbsent(location, this::client);
    }

    private SsmClient client(Location location) {
        AwsSettings settings = gateways.settings();
        var builder = SsmClient.builder().region(Region.of(location.region()))
                .credentialsProvider(gateways.credentialsIn(location.account()))
                .overrideConfiguration(o -> o.retryStrategy(settings.retry().strategy()));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Override
    public void close() {
        clients.values().forEach(SsmClient::close);
        clients.clear();
    }
}
