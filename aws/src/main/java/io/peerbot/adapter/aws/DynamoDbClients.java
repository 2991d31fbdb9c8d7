package io.peerbot.adapter.aws;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB clients for the lock table, reaching AWS as the EC2 and STS clients do. */
public final class DynamoDbClients {
    private DynamoDbClients() {
    }

    /**
     * A client in the bot's home region (the table lives there, beside the bot) with the bot's own credentials,
     * the endpoint override (the stand-ins) and the same retries of throttling, 5xx and I/O errors. Every write
     * the lock table takes is conditional, so a retry of one that did happen is refused by its condition, never
     * applied twice.
     */
    public static DynamoDbClient home(AwsSettings settings) {
        Region region = settings.region().map(Region::of).orElseGet(AwsEc2Gateways::defaultRegion);
        var builder = DynamoDbClient.builder().region(region).credentialsProvider(settings.credentials())
                .overrideConfiguration(o -> o.retryStrategy(settings.retry().strategy()));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
