package io.peerbot.adapter.aws.quotas;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.adapter.aws.StandInAws.B;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.application.port.QuotaSource;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.validation.Quotas;
import io.peerbot.standin.ec2.quotas.ServiceQuotasService;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;

/** The applied VPC quotas per account and region, through the real signed calls against the stand-in. */
class ServiceQuotaSourceTest {
    private static final Location HOME = new Location(A, "us-east-1");
    private static final Location OTHER = new Location(B, "eu-west-1");

    private StandInAws aws;

    @BeforeEach
    void start() {
        aws = new StandInAws();
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    private ServiceQuotaSource source(Quotas configured) {
        return ServiceQuotaSource.of(aws.gateways, configured);
    }

    @Test
    void raisedQuotasAreReadPerAccountAndRegionWithTheCredentialsOfThatAccount() {
        aws.ec2.serviceQuotas().apply(A, "us-east-1", ServiceQuotasService.ROUTES_PER_TABLE, 100)
                .apply(B, "eu-west-1", ServiceQuotasService.RULES_PER_GROUP, 120)
                .apply(B, "eu-west-1", ServiceQuotasService.ACTIVE_PEERINGS_PER_VPC, 125)
                .apply(B, "eu-west-1", ServiceQuotasService.OUTSTANDING_PEERING_REQUESTS, 40);

        try (ServiceQuotaSource source = source(Quotas.awsDefaults())) {
            assertThat(source.quotasIn(HOME)).isEqualTo(QuotaSource.Applied.read(new Quotas(50, 25, 100, 60)));
            assertThat(source.quotasIn(OTHER)).isEqualTo(QuotaSource.Applied.read(new Quotas(125, 40, 50, 120)));
        }
        assertThat(aws.ec2.calls().of("GetServiceQuota")).filteredOn(c -> B.equals(c.account())).hasSize(4);
    }

    @Test
    void quotasAreKeptSoAnotherRequestAsksServiceQuotasNothing() {
        try (ServiceQuotaSource source = source(Quotas.awsDefaults())) {
            source.quotasIn(HOME);
            long asked = aws.ec2.calls().count("GetServiceQuota");
            source.quotasIn(HOME);

            assertThat(asked).isEqualTo(4);
            assertThat(aws.ec2.calls().count("GetServiceQuota")).isEqualTo(asked);
        }
    }

    @Test
    void peerbotQuotasWinsOverWhatServiceQuotasApplies() {
        aws.ec2.serviceQuotas().apply(A, "us-east-1", ServiceQuotasService.ROUTES_PER_TABLE, 100)
                .apply(A, "us-east-1", ServiceQuotasService.RULES_PER_GROUP, 120);

        try (ServiceQuotaSource source = source(Quotas.awsDefaults().withOverrides("routes-per-table=200"))) {
            assertThat(source.quotasIn(HOME).quotas()).isEqualTo(new Quotas(50, 25, 200, 120));
        }
    }

    @Test
    void deniedServiceQuotasFallsBackToTheConfiguredDefaultsAndSaysWhy() {
        aws.ec2.deny(B, "servicequotas:GetServiceQuota");
        Quotas configured = Quotas.awsDefaults().withOverrides("rules-per-group=80");

        try (ServiceQuotaSource source = source(configured)) {
            QuotaSource.Applied applied = source.quotasIn(OTHER);

            assertThat(applied.quotas()).isEqualTo(configured);
            assertThat(applied.unanswered()).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith("AccessDeniedException: ").contains("servicequotas:GetServiceQuota"));
            assertThat(source.quotasIn(HOME).unanswered()).isEmpty();
        }
    }

    @Test
    void anUnreachableServiceQuotasFallsBackToTheDefaults() {
        URI closed = URI.create("http://127.0.0.1:9"); // the discard port: nothing listens on loopback
        try (ServiceQuotaSource source = new ServiceQuotaSource(new ServiceQuotasClient(
                Apache5HttpClient.builder().build(), Optional.of(closed)), aws.gateways::credentialsIn,
                Quotas.awsDefaults())) {
            QuotaSource.Applied applied = source.quotasIn(HOME);

            assertThat(applied.quotas()).isEqualTo(Quotas.awsDefaults());
            assertThat(applied.unanswered()).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith("not reachable"));
        }
    }
}
