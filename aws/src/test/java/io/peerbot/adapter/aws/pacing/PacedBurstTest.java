package io.peerbot.adapter.aws.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.AwsEc2Gateways;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.Backoff;
import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.domain.network.Location;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.ec2.RequestBuckets;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A burst of describes through the real SDK against the EC2 stand-in metering each API with a request-token
 * bucket, like EC2. Buckets far smaller and faster than EC2's keep the test under three seconds. The bot paces at
 * half EC2's refill rate: a call paced on the bot's side still reaches EC2 a scheduler's whim later, so calls
 * paced apart can arrive together on a busy machine, and EC2's bucket needs the slack to take them.
 */
class PacedBurstTest {
    private static final String ACCOUNT = "111122223333";
    private static final int BURST = 150;
    private static final Ec2Rate BOT_RATE = new Ec2Rate(10, 50);
    /**
     * EC2's bucket has been filling since long before the bot's first call; the stand-in's starts at that call,
     * after the bot's, so it gets the few tokens it would have gained meanwhile.
     */
    private static final RequestBuckets.Rate EC2_RATE = new RequestBuckets.Rate(25, 100);
    /** A bucket that refills far slower than calls come unpaced, however slow the machine is today. */
    private static final RequestBuckets.Rate SLOW_EC2_RATE = new RequestBuckets.Rate(25, 5);
    /** Production's attempts and backoff shape, in milliseconds. */
    private static final RetrySettings RETRY =
            new RetrySettings(10, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(50));

    private Ec2StandIn ec2;
    private String pcx;
    private RequestBuckets buckets;

    @BeforeEach
    void start() {
        ec2 = new Ec2StandIn(7).start();
        ec2.seed().account(ACCOUNT).role("peerbot");
        var east = ec2.seed().account(ACCOUNT).region("us-east-1");
        var app = east.vpc("app", "10.0.0.0/16");
        var db = east.vpc("db", "10.1.0.0/16");
        pcx = ec2.seed().peering(app, db, Status.ACTIVE).id();
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    @Test
    void pacedCallsAreNeverThrottled() throws Exception {
        int failed = burst(Ec2Rates.all(BOT_RATE), EC2_RATE, BURST, gateway -> gateway.peering(pcx));

        assertThat(buckets.throttled()).isZero();
        assertThat(failed).isZero();
        // lookups that would wait for tokens share a describe: fewer calls than lookups, none refused
        assertThat(ec2.calls().count("DescribeVpcPeeringConnections")).isBetween(2L, (long) BURST);
    }

    @Test
    void unpacedCallsAreThrottledAndRetried() throws Exception {
        // the requests into the account are not a shared read: each lookup is a call of its own
        burst(Ec2Rates.off(), SLOW_EC2_RATE, 40, Ec2Gateway::pendingRequestsInto);

        assertThat(buckets.throttled()).isPositive();
    }

    /** @return calls that failed, throttled ten times over */
    private int burst(Ec2Rates rates, RequestBuckets.Rate ec2Rate, int lookups,
                      java.util.function.Consumer<Ec2Gateway> lookup) throws Exception {
        AwsSettings settings = new AwsSettings(Optional.of("us-east-1"), Optional.of(ec2.endpoint()), Optional.empty(),
                ec2.credentialsFor(ACCOUNT).provider(), RETRY, Backoff.defaults()).withEc2Rates(rates);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try (AwsEc2Gateways gateways = new AwsEc2Gateways(settings)) {
            Ec2Gateway gateway = gateways.at(new Location(ACCOUNT, "us-east-1"));
            assertThat(gateway.peering(pcx)).isPresent();
            buckets = ec2.faults().enforceRequestBuckets(RequestBuckets.Rates.all(ec2Rate));
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < lookups; i++) {
                calls.add(callers.submit(() -> lookup.accept(gateway)));
            }
            int failed = 0;
            for (Future<?> call : calls) {
                try {
                    call.get();
                } catch (ExecutionException e) {
                    failed++;
                }
            }
            return failed;
        } finally {
            callers.shutdownNow();
        }
    }
}
