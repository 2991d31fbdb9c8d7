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
}
