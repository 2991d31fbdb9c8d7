package io.peerbot.adapter.aws.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.domain.network.Location;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class Ec2PacingTest {
    private static final Location EAST = new Location("111122223333", "us-east-1");
    private static final Location WEST = new Location("111122223333", "us-west-2");

    private final AtomicLong now = new AtomicLong(0);
    private final List<Duration> slept = new ArrayList<>();
    /** Moves the clock by what it is asked to wait, as a caller that slept would find it. */
    private final Ec2Pacing.Sleeper sleeper = d -> {
        slept.add(d);
        now.addAndGet(d.toNanos());
    };

    @Test
    void describesWaitOnlyOnceTheirOwnBucketIsEmpty() throws InterruptedException {
        Ec2Pacing pacing = new Ec2Pacing(Ec2Rates.documented(), now::get, sleeper);

        for (int i = 0; i < 100; i++) {
            pacing.acquire(EAST, "DescribeVpcs", true);
        }
        assertThat(slept).isEmpty();

        assertThat(pacing.acquire(EAST, "DescribeVpcs", true)).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void eachApiAndEachPlaceHasItsOwnBucket() throws InterruptedException {
        Ec2Pacing pacing = new Ec2Pacing(Ec2Rates.documented(), now::get, sleeper);
        for (int i = 0; i < 100; i++) {
            pacing.acquire(EAST, "DescribeVpcs", true);
        }

        assertThat(pacing.acquire(EAST, "DescribeSubnets", true)).isZero();
        assertThat(pacing.acquire(WEST, "DescribeVpcs", true)).isZero();
        assertThat(pacing.acquire(new Location("444455556666", "us-east-1"), "DescribeVpcs", true)).isZero();
        assertThat(slept).isEmpty();
    }

    @Test
    void eachCategoryHasTheDocumentedSizeAndRefill() throws InterruptedException {
        Ec2Pacing pacing = new Ec2Pacing(Ec2Rates.documented(), now::get, sleeper);

        assertThat(callsBeforeWaiting(pacing, "DescribeRouteTables", true)).isEqualTo(100);
        assertThat(callsBeforeWaiting(pacing, "DescribeRouteTables", false)).isEqualTo(50);
        assertThat(callsBeforeWaiting(pacing, "CreateRoute", true)).isEqualTo(200);
        assertThat(callsBeforeWaiting(pacing, "CreateTags", true)).isEqualTo(200);
        assertThat(callsBeforeWaiting(pacing, "AuthorizeSecurityGroupIngress", true)).isEqualTo(50);
        assertThat(callsBeforeWaiting(pacing, "AcceptVpcPeeringConnection", true)).isEqualTo(50);
        // The call that found each bucket empty waited for one token of that category's refill.
        assertThat(slept).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(200));
    }

    @Test
    void offSendsEveryCallAtOnce() throws InterruptedException {
        Ec2Pacing pacing = new Ec2Pacing(Ec2Rates.off(), now::get, sleeper);

        assertThat(callsBeforeWaiting(pacing, "DescribeVpcs", true)).isEqualTo(1000);
    }

    @Test
    void raisedLimitsAreReadFromTheSetting() throws InterruptedException {
        Ec2Pacing pacing = new Ec2Pacing(Ec2Rates.parse("mutating=400/10, non-mutating=300/60"), now::get, sleeper);

        assertThat(callsBeforeWaiting(pacing, "CreateRoute", true)).isEqualTo(400);
        assertThat(callsBeforeWaiting(pacing, "DescribeVpcs", true)).isEqualTo(300);
        assertThat(callsBeforeWaiting(pacing, "DescribeVpcs", false)).isEqualTo(50);
    }

    @Test
    void aWrongSettingIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> Ec2Rates.parse("writes=10/1")).hasMessageContaining("unknown EC2 throttling category");
        assertThatThrownBy(() -> Ec2Rates.parse("mutating=10")).hasMessageContaining("e.g. 100/20");
        assertThatThrownBy(() -> Ec2Rates.parse("mutating=0/5")).hasMessageContaining("at least one token");
        assertThat(Ec2Rates.parse("").paced()).isTrue();
        assertThat(Ec2Rates.parse("off").paced()).isFalse();
    }

    /** Calls made before the first one that has to wait; the clock stands still meanwhile. */
    private int callsBeforeWaiting(Ec2Pacing pacing, String action, boolean narrowed) throws InterruptedException {
        int calls = 0;
        while (calls < 1000 && pacing.acquire(EAST, action, narrowed).isZero()) {
            calls++;
        }
        return calls;
    }
}
