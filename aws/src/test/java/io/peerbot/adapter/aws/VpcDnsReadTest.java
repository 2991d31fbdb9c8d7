package io.peerbot.adapter.aws;

import static io.peerbot.adapter.aws.StandInAws.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.CloudException;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcDns;
import io.peerbot.standin.ec2.seed.VpcSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** A VPC's DNS attributes through the real SDK against the stand-in, which starts them as CreateVpc does. */
class VpcDnsReadTest {
    private static final Location HOME = new Location(A, "us-east-1");

    private StandInAws aws;
    private VpcSeed app;

    @BeforeEach
    void seed() {
        aws = new StandInAws();
        app = aws.ec2.seed().account(A).region("us-east-1").vpc("app-vpc", "10.0.0.0/16");
    }

    @AfterEach
    void close() {
        aws.close();
    }

    @Test
    void aNewVpcResolvesNamesButGivesNoHostnamesAsAwsMakesIt() {
        assertThat(aws.gateways.at(HOME).dnsOf(app.id())).isEqualTo(new VpcDns(false, true));
        assertThat(aws.ec2.calls().count("DescribeVpcAttribute")).isEqualTo(2);
    }

    @Test
    void readsTheAttributesAsSetWithModifyVpcAttribute() {
        try (Ec2Client sdk = Ec2Client.builder().region(Region.US_EAST_1).endpointOverride(aws.ec2.endpoint())
                .credentialsProvider(aws.ec2.credentialsFor(A).provider()).build()) {
            sdk.modifyVpcAttribute(r -> r.vpcId(app.id()).enableDnsHostnames(v -> v.value(true)));

            assertThat(aws.gateways.at(HOME).dnsOf(app.id())).isEqualTo(new VpcDns(true, true));

            assertThatThrownBy(() -> sdk.modifyVpcAttribute(r -> r.vpcId(app.id())
                    .enableDnsSupport(v -> v.value(false)).enableDnsHostnames(v -> v.value(false))))
                    .isInstanceOfSatisfying(Ec2Exception.class, e -> assertThat(e.awsErrorDetails().errorCode())
                            .isEqualTo("InvalidParameterCombination"));
        }
        app.dns(false, false);

        assertThat(aws.gateways.at(HOME).dnsOf(app.id())).isEqualTo(new VpcDns(false, false));
    }

    @Test
    void anUnknownVpcIsNotFound() {
        assertThatThrownBy(() -> aws.gateways.at(HOME).dnsOf("vpc-0123456789abcdef0"))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.code()).isEqualTo("InvalidVpcID.NotFound"));
    }
}
