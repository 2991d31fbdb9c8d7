package io.peerbot.adapter.aws;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * How the SDK retries EC2 and STS calls: throttling ({@code RequestLimitExceeded}), 5xx and I/O errors,
 * with exponential backoff and full jitter, throttling from a longer base delay.
 *
 * @param maxAttempts         attempts per call, the first included
 * @param baseDelay           backoff base after a transient error (5xx, I/O)
 * @param throttlingBaseDelay backoff base after a throttling error
 * @param maxDelay            cap of any single backoff
 */
public record RetrySettings(int maxAttempts, Duration baseDelay, Duration throttlingBaseDelay, Duration maxDelay) {

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    /** 10 attempts, 100 ms (throttling 500 ms) doubling up to 20 s: a throttled apply waits rather than fails. */
    public static RetrySettings defaults() {
        return new RetrySettings(10, Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(20));
    }

    /**
     * The SDK's standard strategy with AWS's retryable errors. Its retry quota (the "circuit breaker" that
     * stops retrying once many calls of a client failed) is off: under sustained throttling it would turn
     * every later retry into a failure mid-apply, and the apply is bounded in concurrency already.
     */
    RetryStrategy strategy() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .backoffStrategy(BackoffStrategy.exponentialDelay(baseDelay, maxDelay))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(throttlingBaseDelay, maxDelay))
                .circuitBreakerEnabled(false)
                .build();
    }

    /**
     * Retries throttling only: for a call that is not idempotent, where a 5xx may come after the change
     * was made. A throttled call was refused before anything happened, so retrying it is always safe.
     */
    RetryStrategy throttlingOnlyStrategy() {
        return DefaultRetryStrategy.standardStrategyBuilder()
                .retryOnException(RetrySettings::throttled)
                .treatAsThrottling(RetrySettings::throttled)
                .maxAttempts(maxAttempts)
                .backoffStrategy(BackoffStrategy.exponentialDelay(baseDelay, maxDelay))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(throttlingBaseDelay, maxDelay))
                .circuitBreakerEnabled(false)
                .useClientDefaults(false)
                .build();
    }

    /** {@code RequestLimitExceeded} and the other throttling codes, or HTTP 429. */
    static boolean throttled(Throwable t) {
        return t instanceof SdkServiceException e && e.isThrottlingException();
    }
}
