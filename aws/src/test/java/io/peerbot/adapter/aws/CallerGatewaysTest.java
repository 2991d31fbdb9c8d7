package io.peerbot.adapter.aws;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.adapter.aws.StandInAws.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.Caller;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.domain.network.Location;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.iam.Identities;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** EC2 on behalf of a person, through the real SDK against the EC2 and STS stand-in. */
class CallerGatewaysTest {
    private static final Location HOME = new Location(A, "us-east-1");
    private static final Location THERE = new Location(B, "eu-west-1");
    private static final String PCX = "pcx-0a1b2c3d";
    private static final Caller ALICE = Caller.of("U0ALICE01", PCX);
    private static final Duration IDLE = Duration.ofMinutes(5);

    private final AtomicLong nanos = new AtomicLong();
    private StandInAws aws;
    private AwsEc2Gateways gateways;
    private String billing;

    @BeforeEach
    void start() {
        aws = new StandInAws();
        aws.ec2.seed().account(A).region("us-east-1").vpc("app-vpc", "10.0.0.0/16");
        billing = aws.ec2.seed().account(B).region("eu-west-1").vpc("billing", "10.20.0.0/16").id();
        gateways = new AwsEc2Gateways(aws.gateways.settings(), IDLE, nanos::get);
    }

    @AfterEach
    void stop() {
        gateways.close();
        aws.close();
    }

    @Test
    void theAssumeRoleMadeForAlicesChangeCarriesHerAndThePeering() {
        Ec2Gateway ec2 = gateways.at(THERE, ALICE);

        assertThat(ec2.findVpcs("billing")).singleElement().satisfies(v -> assertThat(v.id()).isEqualTo(billing));
        assertThat(aws.ec2.identities().sessions()).singleElement().satisfies(session -> {
            assertThat(session.roleArn()).isEqualTo("arn:aws:iam::" + B + ":role/peerbot");
            assertThat(session.sessionName()).isEqualTo("peerbot-U0ALICE01-pcx-0a1b2c3d");
            assertThat(session.sourceIdentity()).contains("U0ALICE01");
        });
        assertThat(aws.ec2.calls().of("DescribeVpcs")).extracting(Call::callerArn)
                .containsOnly("arn:aws:sts::" + B + ":assumed-role/peerbot/peerbot-U0ALICE01-pcx-0a1b2c3d");
    }

    @Test
    void oneSessionPerPersonAndChangeReusedWhileInUse() {
        Ec2Gateway first = gateways.at(THERE, ALICE);
        first.listVpcs();
        Ec2Gateway again = gateways.at(THERE, ALICE);
        again.listVpcs();
        gateways.at(THERE, Caller.of("U0BOB0002", PCX)).listVpcs();
        gateways.at(THERE, Caller.of("U0ALICE01")).listVpcs();

        assertThat(again).isSameAs(first);
        assertThat(aws.ec2.identities().sessions()).extracting(Identities.Session::sessionName)
                .containsExactly("peerbot-U0ALICE01-pcx-0a1b2c3d", "peerbot-U0BOB0002-pcx-0a1b2c3d",
                        "peerbot-U0ALICE01");
        assertThat(aws.ec2.identities().sessions()).extracting(Identities.Session::sourceIdentity)
                .containsExactly(Optional.of("U0ALICE01"), Optional.of("U0BOB0002"), Optional.of("U0ALICE01"));
    }

    @Test
    void aGatewayUnusedForTheIdleTimeIsClosedAndTheNextUseAssumesTheRoleAfresh() {
        Ec2Gateway held = gateways.at(THERE, ALICE);
        held.listVpcs();
        nanos.addAndGet(IDLE.minusSeconds(1).toNanos());
        assertThat(gateways.openCallerGateways()).isEqualTo(1);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());

        assertThat(gateways.openCallerGateways()).isZero();
        assertThat(gateways.at(THERE, ALICE)).isNotSameAs(held).satisfies(Ec2Gateway::listVpcs);
        assertThat(aws.ec2.identities().sessions()).hasSize(2);
        assertThat(held.findVpcs("billing")).as("a gateway still held by a long apply keeps working").hasSize(1);
    }

    @Test
    void inTheBotsOwnAccountThereIsNoRoleToAssume() {
        Ec2Gateway own = gateways.at(HOME, ALICE);

        own.listVpcs();

        assertThat(own).isSameAs(gateways.at(HOME));
        assertThat(aws.ec2.identities().sessions()).isEmpty();
    }

    @Test
    void aSlackIdThatCannotBeASourceIdentityIsRefusedBeforeAnyCallToSts() {
        assertThatThrownBy(() -> gateways.at(THERE, Caller.of("U0 ALICE", PCX)))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidSourceIdentity");
                    assertThat(e.getMessage()).isEqualTo("The Slack user id 'U0 ALICE' cannot be an AWS source "
                            + "identity (2 to 64 letters, digits or +=,.@_-), so the bot will not act for it in "
                            + "another account.");
                });
        assertThat(aws.ec2.calls().of("AssumeRole")).isEmpty();
    }

    @Test
    void closingClosesEveryPersonsGateway() {
        gateways.at(THERE, ALICE).listVpcs();
        gateways.at(THERE, Caller.of("U0BOB0002")).listVpcs();

        gateways.close();

        assertThat(gateways.openCallerGateways()).isZero();
    }
}
