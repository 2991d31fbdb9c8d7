package io.peerbot.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedAccountsTest {
    private static final String HOME = "111111111111";

    @Test
    void unrestrictedAllowsEveryAccount() {
        assertThat(AllowedAccounts.any().permits("999999999999", HOME)).isTrue();
    }

    @Test
    void aListAllowsItsAccountsAndTheBotsOwnOnly() {
        AllowedAccounts org = AllowedAccounts.only(List.of("222222222222"));

        assertThat(org.permits("222222222222", HOME)).isTrue();
        assertThat(org.permits(HOME, HOME)).isTrue();
        assertThat(org.permits("999999999999", HOME)).isFalse();
        assertThat(org.refused(List.of(new Location("222222222222", "eu-west-1"),
                new Location("999999999999", "us-east-1"), new Location(HOME, "eu-west-1")), HOME))
                .containsExactly(new Location("999999999999", "us-east-1"));
    }

    @Test
    void theOrganisationsAccountsAllowOnlyTheBotsOwnUntilTheMembersAreKnown() {
        AllowedAccounts org = AllowedAccounts.organizationMembers();

        assertThat(org.permits(HOME, HOME)).isTrue();
        assertThat(org.permits("222222222222", HOME)).isFalse();
        AllowedAccounts read = org.withMembers(List.of("222222222222"));
        assertThat(read.organization()).isTrue();
        assertThat(read.permits("222222222222", HOME)).isTrue();
        assertThat(read.permits("999999999999", HOME)).isFalse();
        assertThatThrownBy(() -> AllowedAccounts.only(List.of("222222222222")).withMembers(List.of()))
                .isInstanceOf(IllegalStateException.class);
    }
}
