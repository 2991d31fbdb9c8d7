package io.peerbot.standin.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fault rules themselves, without HTTP. */
class FaultsTest {

    @Test
    void callsBeyondTheInFlightLimitAreThrottledUntilOneIsDone() {
        Faults faults = new Faults();
        faults.on("CreateRoute").maxInFlight(2).latency(Duration.ofMillis(5));

        Faults.Decision first = faults.decide("CreateRoute");
        Faults.Decision second = faults.decide("CreateRoute");
        Faults.Decision third = faults.decide("CreateRoute");

        assertThat(first.fault()).isNull();
        assertThat(second.fault()).isNull();
        assertThat(third.fault()).isEqualTo(Fault.THROTTLE);
        assertThat(first.latency()).isEqualTo(Duration.ofMillis(5));
        first.done().run();
        assertThat(faults.decide("CreateRoute").fault()).isNull();
        assertThat(faults.decide("DescribeVpcs").fault()).as("other actions are not limited").isNull();
    }

    @Test
    void queuedFaultsComeFirstAndAnActionRuleReplacesTheGeneralOne() {
        Faults faults = new Faults();
        faults.onEveryAction().throttle(1.0);
        faults.on("DescribeVpcs").serverErrors(0.0);
        faults.failNext("DescribeVpcs", Fault.UNAVAILABLE, 1);

        assertThat(faults.decide("DescribeVpcs").fault()).isEqualTo(Fault.UNAVAILABLE);
        assertThat(faults.decide("DescribeVpcs").fault()).isNull();
        assertThat(faults.decide("CreateRoute").fault()).isEqualTo(Fault.THROTTLE);

        faults.clear();
        assertThat(faults.decide("CreateRoute").fault()).isNull();
    }

    @Test
    void aShareOfCallsTakesEffectAndLosesItsAnswer() {
        Faults faults = new Faults().seed(3);
        faults.onEveryAction().lostResponses(0.5);

        long lost = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> faults.decide("CreateRoute").fault())
                .filter(f -> f == Fault.INTERNAL_ERROR_AFTER_APPLY).count();

        assertThat(lost).isBetween(400L, 600L);
    }

    @Test
    void aHoldKeepsBackTheFirstMatchingCallOnlyUntilReleased() throws Exception {
        Faults faults = new Faults();
        Hold hold = faults.holdAfterApply("CreateTags", (account, params) -> "2".equals(params.get("n")));
        faults.applied("CreateTags", "111111111111", java.util.Map.of("n", "1"));
        assertThat(hold.held()).isFalse();

        Thread caller = new Thread(() -> faults.applied("CreateTags", "111111111111", java.util.Map.of("n", "2")));
        caller.start();
        assertThat(hold.awaitHeld(Duration.ofSeconds(5))).isTrue();
        assertThat(caller.isAlive()).as("its answer is kept back").isTrue();
        hold.release();
        caller.join(5_000);
        assertThat(caller.isAlive()).isFalse();
        faults.applied("CreateTags", "111111111111", java.util.Map.of("n", "2"));
    }
}
