package io.peerbot.adapter.aws.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final AtomicLong now = new AtomicLong(0);

    @Test
    void aFullBucketLetsItsWholeCapacityThroughAtOnce() {
        TokenBucket bucket = new TokenBucket(new Ec2Rate(100, 20), now::get);

        for (int i = 0; i < 100; i++) {
            assertThat(bucket.reserve()).isZero();
        }
    }

    @Test
    void beyondTheCapacityEachCallerWaitsForItsPlaceInTheRefill() {
        TokenBucket bucket = new TokenBucket(new Ec2Rate(100, 20), now::get);
        for (int i = 0; i < 100; i++) {
            bucket.reserve();
        }

        assertThat(Duration.ofNanos(bucket.reserve())).isEqualTo(Duration.ofMillis(50));
        assertThat(Duration.ofNanos(bucket.reserve())).isEqualTo(Duration.ofMillis(100));
        assertThat(Duration.ofNanos(bucket.reserve())).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void theRefillIsUsableAsItArrives() {
        TokenBucket bucket = new TokenBucket(new Ec2Rate(200, 5), now::get);
        for (int i = 0; i < 200; i++) {
            bucket.reserve();
        }

        now.addAndGet(Duration.ofSeconds(1).toNanos());

        for (int i = 0; i < 5; i++) {
            assertThat(bucket.reserve()).isZero();
        }
        assertThat(Duration.ofNanos(bucket.reserve())).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void anIdleBucketFillsUpToItsCapacityAndNoFurther() {
        TokenBucket bucket = new TokenBucket(new Ec2Rate(50, 10), now::get);
        for (int i = 0; i < 50; i++) {
            bucket.reserve();
        }

        now.addAndGet(Duration.ofSeconds(60).toNanos());

        assertThat(bucket.tokens()).isEqualTo(50);
    }

    @Test
    void sustainedCallsAreHeldToTheRefillRate() {
        TokenBucket bucket = new TokenBucket(new Ec2Rate(100, 20), now::get);
        long lastWait = 0;
        for (int i = 0; i < 300; i++) {
            lastWait = bucket.reserve();
        }

        // 100 from the bucket, then 200 at 20 a second: the 300th goes out 10 s after the first.
        assertThat(Duration.ofNanos(lastWait)).isEqualTo(Duration.ofSeconds(10));
    }
}
