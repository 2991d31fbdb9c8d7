package io.peerbot.adapter.aws.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.CloudException;
import io.peerbot.standin.ec2.Ec2StandIn;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;

/** The organisation's active accounts, read page by page with the bot's own credentials and read again in time. */
class OrganizationAccountsTest {
    private static final String HOME = "111111111111";
    private static final String MEMBER = "222222222222";
    private static final String OUTSIDER = "999999999999";

    private Ec2StandIn aws;
    private final AtomicLong nanos = new AtomicLong();
    private OrganizationAccounts accounts;

    @BeforeEach
    void start() {
        aws = new Ec2StandIn(3).start();
        aws.seed().account(HOME).region("us-east-1").vpc("home", "10.0.0.0/16");
        aws.seed().account(MEMBER).role("peerbot");
        aws.seed().account(OUTSIDER).role("peerbot");
        aws.organization().outside(OUTSIDER);
        accounts = new OrganizationAccounts(new OrganizationsClient(() -> Apache5HttpClient.builder().build(),
                Optional.of(aws.endpoint()), "eu-west-1"), aws.credentialsFor(HOME).provider(),
                Duration.ofMinutes(15), nanos::get, Runnable::run);
    }

    @AfterEach
    void stop() {
        accounts.close();
        aws.close();
    }

    @Test
    void theActiveMembersAreReadEveryPageWithTheBotsOwnCredentials() {
        IntStream.range(0, 45).forEach(i -> aws.seed().account(String.format("3000000000%02d", i)).role("peerbot"));
        aws.organization().suspended(MEMBER);

        assertThat(accounts.members()).hasSize(46).contains(HOME, "300000000000", "300000000044")
                .doesNotContain(MEMBER, OUTSIDER);
        assertThat(aws.calls().of("ListAccounts")).hasSize(3)
                .allSatisfy(c -> assertThat(c.account()).isEqualTo(HOME));
    }

    @Test
    void aDeniedCallNamesThePermissionAndWhereItIsAnswered() {
        aws.deny(HOME, "organizations:ListAccounts");

        assertThatThrownBy(accounts::members).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.code()).isEqualTo("AccessDeniedException");
            assertThat(e.getMessage()).contains("organizations:ListAccounts", "management account",
                    "delegated administrator");
        });
    }

    @Test
    void theListIsReadAgainAfterFifteenMinutesAndKeptWhenThatFails() {
        assertThat(accounts.members()).contains(MEMBER).doesNotContain(OUTSIDER);
        aws.organization().member(OUTSIDER);

        nanos.addAndGet(Duration.ofMinutes(14).toNanos());
        assertThat(accounts.members()).as("not read again yet").doesNotContain(OUTSIDER);

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        accounts.members();
        assertThat(accounts.members()).as("read again").contains(OUTSIDER);

        aws.organization().outside(MEMBER);
        aws.deny(HOME, "organizations:ListAccounts");
        nanos.addAndGet(Duration.ofMinutes(16).toNanos());
        accounts.members();
        assertThat(accounts.members()).as("the last list, kept").contains(MEMBER, OUTSIDER);
        assertThat(aws.calls().of("ListAccounts")).last()
                .satisfies(c -> assertThat(c.errorCode()).isEqualTo("AccessDeniedException"));
    }
}
