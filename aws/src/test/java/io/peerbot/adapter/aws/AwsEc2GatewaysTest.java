package io.peerbot.adapter.aws;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.adapter.aws.StandInAws.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.CloudException;
import io.peerbot.domain.network.AllowedAccounts;
import io.peerbot.domain.network.Location;
import io.peerbot.standin.ec2.Ec2StandIn;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateways never assume a role in an account outside the organisation, whatever asks them to. */
class AwsEc2GatewaysTest {
    private static final String OUTSIDER = "999999999999";

    private Ec2StandIn ec2;
    private AwsEc2Gateways gateways;

    @BeforeEach
    void start() {
        ec2 = new Ec2StandIn(7).start();
        ec2.seed().account(A).role("peerbot");
        ec2.seed().account(B).role("peerbot");
        ec2.seed().account(OUTSIDER).role("peerbot");
        gateways = new AwsEc2Gateways(new AwsSettings(Optional.of("us-east-1"), Optional.of(ec2.endpoint()),
                Optional.of(StandInAws.ROLE_TEMPLATE), ec2.credentialsFor(A).provider(), StandInAws.FAST_RETRY,
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(20)))
                .withAllowedAccounts(AllowedAccounts.only(List.of(B))));
    }

    @AfterEach
    void stop() {
        gateways.close();
        ec2.close();
    }

    @Test
    void anAllowedAccountIsReachedByItsRole() {
        assertThat(gateways.foreign(B)).isFalse();
        assertThat(gateways.foreign(A)).as("the bot's own account").isFalse();

        assertThat(gateways.at(new Location(B, "eu-west-1")).listVpcs()).isEmpty();
        assertThat(ec2.calls().of("AssumeRole")).singleElement()
                .satisfies(c -> assertThat(c.succeeded()).isTrue());
    }

    @Test
    void anAccountOutsideTheListIsNeverAssumedInto() {
        assertThat(gateways.foreign(OUTSIDER)).isTrue();

        assertThatThrownBy(() -> gateways.at(new Location(OUTSIDER, "us-east-1")).listVpcs())
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.code()).isEqualTo("AccountNotAllowed");
                    assertThat(e.getMessage()).contains(OUTSIDER, "PEERBOT_ACCOUNTS");
                });
        assertThatThrownBy(() -> gateways.credentialsIn(OUTSIDER)).isInstanceOf(CloudException.class);
        assertThat(ec2.calls().of("AssumeRole")).isEmpty();
        assertThat(ec2.calls().all()).noneMatch(c -> OUTSIDER.equals(c.account()));
    }

    @Test
    void fromTheOrganisationOnlyItsMembersAreReachedAndAnOutsiderIsRefusedBeforeAnyRoleIsAssumed() {
        gateways.close();
        ec2.organization().outside(OUTSIDER);
        gateways = new AwsEc2Gateways(gateways.settings().withAllowedAccounts(AllowedAccounts.organizationMembers()));

        assertThat(gateways.foreign(B)).isFalse();
        assertThat(gateways.foreign(OUTSIDER)).isTrue();
        assertThatThrownBy(() -> gateways.at(new Location(OUTSIDER, "us-east-1")).listVpcs())
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.getMessage())
                        .contains(OUTSIDER, "PEERBOT_ACCOUNTS=organization"));
        assertThat(gateways.at(new Location(B, "eu-west-1")).listVpcs()).isEmpty();
        assertThat(ec2.calls().of("ListAccounts")).singleElement().satisfies(c -> assertThat(c.account()).isEqualTo(A));
        assertThat(ec2.calls().of("AssumeRole")).singleElement().satisfies(c -> assertThat(c.succeeded()).isTrue());
        assertThat(ec2.calls().all()).noneMatch(c -> OUTSIDER.equals(c.account()));
    }

    @Test
    void onceClosedNoCallGoesOutNotEvenThroughANewClient() {
        Location home = new Location(A, "us-east-1");
        gateways.at(home).listVpcs();
        int before = ec2.calls().all().size();

        gateways.close();

        assertThatThrownBy(() -> gateways.at(home).listVpcs()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> gateways.at(new Location(B, "us-east-1"),
                io.peerbot.application.port.Caller.of("U0ALICE")).listVpcs()).isInstanceOf(IllegalStateException.class);
        assertThat(ec2.calls().all()).hasSize(before);
    }
}
