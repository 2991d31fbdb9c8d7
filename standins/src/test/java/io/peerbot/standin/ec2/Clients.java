package io.peerbot.standin.ec2;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.sts.StsClient;

/** Real SDK clients pointed at a stand-in. */
final class Clients {
    private Clients() {
    }

    /** An EC2 client for an account's user key, without retries, so every error reaches the test. */
    static Ec2Client ec2(Ec2StandIn standIn, String account, String region) {
        return ec2(standIn, standIn.credentialsFor(account).provider(), region, AwsRetryStrategy.doNotRetry());
    }

    static Ec2Client ec2(Ec2StandIn standIn, AwsCredentialsProvider credentials, String region,
                         RetryStrategy retryStrategy) {
        return Ec2Client.builder()
                .endpointOverride(standIn.endpoint())
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .overrideConfiguration(o -> o.retryStrategy(retryStrategy))
                .build();
    }

    /** A standard retry strategy with many attempts and no waiting between them. */
    static RetryStrategy manyAttempts(int attempts) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(attempts)
                .backoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(1)))
                .throttlingBackoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(1)))
                .circuitBreakerEnabled(false)
                .build();
    }

    static StsClient sts(Ec2StandIn standIn, AwsCredentialsProvider credentials, String region) {
        return StsClient.builder()
                .endpointOverride(standIn.endpoint())
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** The EC2 error code of a failed call. */
    static String errorCode(Ec2Exception e) {
        return e.awsErrorDetails().errorCode();
    }
}
