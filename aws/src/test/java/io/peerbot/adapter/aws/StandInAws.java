package io.peerbot.adapter.aws;

import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.Ec2StandIn;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The EC2 stand-in on loopback and the bot's AWS side pointed at it, as account {@link #A} in
 * {@code us-east-1}; account {@link #B} is reached by assuming its {@code peerbot} role. Retries are
 * shortened and the waits for a peering move {@link #time} instead of sleeping, so tests run in milliseconds.
 */
public final class StandInAws implements AutoCloseable {
    public static final String A = "111122223333";
    public static final String B = "444455556666";
    public static final String ROLE_TEMPLATE = "arn:aws:iam::{account}:role/peerbot";

    /** Ten attempts a call, as in production, with millisecond backoff. */
    public static final RetrySettings FAST_RETRY =
            new RetrySettings(10, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(20));

    public final Ec2StandIn ec2;
    public final AwsEc2Gateways gateways;
    /** The time the gateways' waits for EC2 to catch up pass in: moved by the waits, never slept. */
    public final MovedTime time = new MovedTime();

    public StandInAws() {
        this(Optional.of(ROLE_TEMPLATE));
    }

    public StandInAws(Optional<String> roleTemplate) {
        this(roleTemplate, FAST_RETRY);
    }

    public StandInAws(RetrySettings retry) {
        this(Optional.of(ROLE_TEMPLATE), retry);
    }

    public StandInAws(Optional<String> roleTemplate, RetrySettings retry) {
        this(roleTemplate, retry, AwsEc2Gateways.DESCRIBES_IN_FLIGHT_PER_LOCATION);
    }

    /** @param describesInFlight describes of VPC reads the gateways run at once in one account and region */
    public StandInAws(int describesInFlight) {
        this(Optional.of(ROLE_TEMPLATE), FAST_RETRY, describesInFlight);
    }

    /** @param rates the request-token buckets the gateways pace EC2 calls to */
    public StandInAws(io.peerbot.adapter.aws.pacing.Ec2Rates rates) {
        this(Optional.of(ROLE_TEMPLATE), FAST_RETRY, AwsEc2Gateways.DESCRIBES_IN_FLIGHT_PER_LOCATION, rates);
    }

    private StandInAws(Optional<String> roleTemplate, RetrySettings retry, int describesInFlight) {
        this(roleTemplate, retry, describesInFlight, io.peerbot.adapter.aws.pacing.Ec2Rates.documented());
    }

    private StandInAws(Optional<String> roleTemplate, RetrySettings retry, int describesInFlight,
                       io.peerbot.adapter.aws.pacing.Ec2Rates rates) {
        ec2 = new Ec2StandIn(7).start();
        ec2.seed().account(A).role("peerbot");
        ec2.seed().account(B).role("peerbot");
        AwsSettings settings = new AwsSettings(Optional.of("us-east-1"), Optional.of(ec2.endpoint()), roleTemplate,
                ec2.credentialsFor(A).provider(), retry,
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(20))).withEc2Rates(rates);
        gateways = new AwsEc2Gateways(settings, describesInFlight,
                new Consistency(Duration.ofSeconds(30), Backoff.defaults(), time));
    }

    /** EC2 calls that would change state, failed ones included. */
    public List<Call> mutatingEc2Calls() {
        return ec2.calls().mutating().stream().filter(c -> "ec2".equals(c.service())).toList();
    }

    @Override
    public void close() {
        gateways.close();
        ec2.close();
    }
}
