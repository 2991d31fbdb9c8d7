package io.peerbot.adapter.aws.quotas;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.adapter.aws.StandInAws.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.adapter.aws.json.SignedJsonCalls;
import io.peerbot.domain.network.Location;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.quotas.ServiceQuotasService;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;

/** {@code GetServiceQuota} signed with the SDK's SigV4 signer and sent with its HTTP client, against the stand-in. */
class ServiceQuotasClientTest {
    private static final Location HOME = new Location(A, "us-east-1");

    private StandInAws aws;
    private ServiceQuotasClient client;

    @BeforeEach
    void start() {
        aws = new StandInAws();
        client = new ServiceQuotasClient(Apache5HttpClient.builder().build(), Optional.of(aws.ec2.endpoint()));
    }

    @AfterEach
    void stop() {
        client.close();
        aws.close();
    }

    @Test
    void readsAwsDefaultUntilAQuotaIsRaisedAndThenTheAppliedValueOfThatAccountAndRegionOnly() {
        assertThat(client.getServiceQuota(HOME, aws.ec2.credentialsFor(A).provider(), "vpc", "L-93826ACB"))
                .isEqualTo(50.0);

        aws.ec2.serviceQuotas().apply(A, "us-east-1", ServiceQuotasService.ROUTES_PER_TABLE, 100);

        assertThat(client.getServiceQuota(HOME, aws.ec2.credentialsFor(A).provider(), "vpc", "L-93826ACB"))
                .isEqualTo(100.0);
        assertThat(client.getServiceQuota(new Location(A, "eu-west-1"), aws.ec2.credentialsFor(A).provider(), "vpc",
                "L-93826ACB")).isEqualTo(50.0);
        assertThat(client.getServiceQuota(new Location(B, "us-east-1"), aws.gateways.credentialsIn(B), "vpc",
                "L-93826ACB")).isEqualTo(50.0);
    }

    @Test
    void theSignedCallIsServedAsServiceQuotasForTheCallersAccountAndRegion() {
        client.getServiceQuota(new Location(B, "eu-west-1"), aws.gateways.credentialsIn(B), "vpc", "L-0EA8095F");

        assertThat(aws.ec2.calls().of("GetServiceQuota")).singleElement().satisfies((Call call) -> {
            assertThat(call.service()).isEqualTo("servicequotas");
            assertThat(call.account()).isEqualTo(B);
            assertThat(call.region()).isEqualTo("eu-west-1");
            assertThat(call.status()).isEqualTo(200);
        });
    }

    @Test
    void aDeniedCallIsAccessDeniedWithAwsMessage() {
        aws.ec2.deny(A, "servicequotas:GetServiceQuota");

        assertThatThrownBy(() -> client.getServiceQuota(HOME, aws.ec2.credentialsFor(A).provider(), "vpc",
                "L-7E9ECCDB"))
                .isInstanceOfSatisfying(SignedJsonCalls.Refused.class, e -> {
                    assertThat(e.code()).isEqualTo("AccessDeniedException");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("servicequotas:GetServiceQuota");
                });
    }

    @Test
    void anUnknownQuotaIsNoSuchResource() {
        assertThatThrownBy(() -> client.getServiceQuota(HOME, aws.ec2.credentialsFor(A).provider(), "vpc",
                "L-00000000"))
                .isInstanceOfSatisfying(SignedJsonCalls.Refused.class,
                        e -> assertThat(e.code()).isEqualTo("NoSuchResourceException"));
    }
}
