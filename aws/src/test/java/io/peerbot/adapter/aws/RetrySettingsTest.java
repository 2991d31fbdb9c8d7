package io.peerbot.adapter.aws;

import static io.peerbot.adapter.aws.StandInAws.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.domain.network.Location;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK's retries as configured, against the stand-in's injected faults. */
class RetrySettingsTest {
    private StandInAws aws;
    private Ec2Gateway ec2;

    @BeforeEach
    void start() {
        aws = new StandInAws();
        aws.ec2.seed().account(A).region("us-east-1").vpc("app-vpc", "10.0.0.0/16");
        ec2 = aws.gateways.at(new Location(A, "us-east-1"));
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void retriesThrottlingAndServerErrorsUntilTheCallSucceeds() {
        aws.ec2.faults().failNext("DescribeVpcs", Fault.THROTTLE, 5).failNext("DescribeVpcs", Fault.UNAVAILABLE, 2)
                .failNext("DescribeVpcs", Fault.INTERNAL_ERROR, 2);

        assertThat(ec2.findVpcs("app-vpc")).hasSize(1);
        assertThat(aws.ec2.calls().of("DescribeVpcs")).hasSize(10).last().satisfies(c -> assertThat(c.succeeded()).isTrue());
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheErrorOfAws() {
        aws.ec2.faults().failNext("DescribeVpcs", Fault.THROTTLE, StandInAws.FAST_RETRY.maxAttempts());

        assertThatThrownBy(() -> ec2.findVpcs("app-vpc")).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.code()).isEqualTo("RequestLimitExceeded");
            assertThat(e.action()).isEqualTo("DescribeVpcs");
        });
    }

    /**
     * The SDK's retry quota would stop retrying once about a hundred retries had failed on a client, and
     * an apply under sustained throttling would then fail half-way; it is off.
     */
    @Test
    void keepsRetryingHoweverManyCallsWereThrottledBefore() {
        for (int call = 0; call < 25; call++) {
            aws.ec2.faults().failNext("DescribeVpcs", Fault.THROTTLE, 8);
            assertThat(ec2.findVpcs("app-vpc")).hasSize(1);
        }
        assertThat(aws.ec2.calls().of("DescribeVpcs")).filteredOn(Call::throttled).hasSize(200);
    }
}
