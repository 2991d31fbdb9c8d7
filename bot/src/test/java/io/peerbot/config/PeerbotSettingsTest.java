package io.peerbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.pacing.Ec2ActionCategory;
import io.peerbot.adapter.aws.pacing.Ec2Rate;
import io.peerbot.adapter.aws.pacing.Ec2Rates;
import io.peerbot.adapter.slack.SlackSettings;
import io.peerbot.adapter.slack.SlackTransport;
import io.peerbot.application.usecase.Policies;
import io.peerbot.domain.network.AllowedAccounts;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.validation.Quotas;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeerbotSettingsTest {
    private static final String ROLE = "arn:aws:iam::{account}:role/peerbot";

    private final Map<String, String> env = new HashMap<>(Map.of(
            "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

    @Test
    void readsEveryVariableTrimmed() {
        env.putAll(Map.of(
                "PEERBOT_ASSUME_ROLE", "  " + ROLE + " ",
                "PEERBOT_ACCOUNTS", " 222233334444 , 333344445555",
                "PEERBOT_WATCH", "333344445555:eu-west-1, 222233334444:us-west-2",
                "PEERBOT_ADMINS", "U0CAROL, U0DAVE",
                "PEERBOT_ALLOWED_CHANNELS", "C0NETWORK",
                "PEERBOT_OWNERS_FILE", " /etc/peerbot/owners.yml ",
                "SLACK_API_URL", "http://127.0.0.1:9/api/"));

        PeerbotSettings settings = PeerbotSettings.fromEnvironment(env);

        assertThat(settings.aws().assumeRole()).contains(ROLE);
        assertThat(settings.aws().accounts()).isEqualTo(AllowedAccounts.only(List.of("222233334444", "333344445555")));
        assertThat(settings.aws().watched()).containsExactly(new Location("222233334444", "us-west-2"),
                new Location("333344445555", "eu-west-1"));
        assertThat(settings.people().admins()).containsExactlyInAnyOrder("U0CAROL", "U0DAVE");
        assertThat(settings.people().allowedChannels()).containsExactly("C0NETWORK");
        assertThat(settings.ownersFile()).contains(Path.of("/etc/peerbot/owners.yml"));
        assertThat(settings.slack().apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
    }

    @Test
    void aRoleWithALeadingSpaceReachesAwsTrimmed() {
        env.put("PEERBOT_ASSUME_ROLE", " " + ROLE);

        AwsSettings aws = PeerbotSettings.fromEnvironment(env).aws().applyTo(AwsSettings.sdkDefaults());

        assertThat(aws.assumeRoleTemplate()).contains(ROLE);
    }

    @Test
    void leftUnsetEachTakesItsDefault() {
        PeerbotSettings settings = PeerbotSettings.fromEnvironment(env);

        assertThat(settings.slack().mode()).isEqualTo(PeerbotSettings.Mode.SOCKET);
        assertThat(settings.slack().port()).isEqualTo(3000);
        assertThat(settings.slack().apiUrl()).isEqualTo(SlackSettings.DEFAULT_API_URL);
        assertThat(settings.aws().assumeRole()).isEmpty();
        assertThat(settings.aws().accounts()).isEqualTo(AllowedAccounts.any());
        assertThat(settings.aws().watched()).isEmpty();
        assertThat(settings.ownersFile()).isEmpty();
        Policies defaults = Policies.defaults();
        assertThat(settings.policies().ownerCacheTtl()).isEqualTo(defaults.ownerCacheTtl());
        assertThat(settings.policies().duplicateClickWindow()).isEqualTo(defaults.duplicateClickWindow());
        assertThat(settings.policies().alertChannel()).isEmpty();
        assertThat(settings.policies().watchInterval()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theAlertChannelAndTheWatchIntervalReachThePolicies() {
        env.put("PEERBOT_ALERT_CHANNEL", " C0ALERTS ");
        env.put("PEERBOT_WATCH_INTERVAL", "30s");

        Policies policies = PeerbotSettings.fromEnvironment(env).policies();

        assertThat(policies.alertChannel()).contains("C0ALERTS");
        assertThat(policies.watchInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theWatchIntervalTakesMinutesHoursAndDays() {
        assertThat(interval("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(interval("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(interval("1d")).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aWatchIntervalThatIsNoPositiveDurationIsRefused() {
        for (String wrong : List.of("10", "0s", "-5m", "10 minutes", "PT10M", "1.5h")) {
            env.put("PEERBOT_WATCH_INTERVAL", wrong);

            assertThat(problems()).as(wrong).containsExactly("PEERBOT_WATCH_INTERVAL must be a positive duration: a "
                    + "whole number and a unit s, m, h or d, such as 30s or 10m, not '" + wrong + "'");
        }
    }

    @Test
    void anAlertChannelThatIsNoChannelIdIsRefused() {
        env.put("PEERBOT_ALERT_CHANNEL", "#security");

        assertThat(problems()).singleElement().asString()
                .startsWith("PEERBOT_ALERT_CHANNEL takes Slack channel IDs such as C012ABCDEF");
    }

    @Test
    void quotaOverridesRaiseTheDefaultsTheyName() {
        env.put("PEERBOT_QUOTAS", " routes-per-table=100, rules-per-group=120 ");

        assertThat(PeerbotSettings.fromEnvironment(env).aws().quotas()).isEqualTo(new Quotas(50, 25, 100, 120));
    }

    @Test
    void withoutQuotaOverridesAwsDefaultsApply() {
        assertThat(PeerbotSettings.fromEnvironment(env).aws().quotas()).isEqualTo(Quotas.awsDefaults());
    }

    @Test
    void aQuotaOverrideThatIsNoKnownNameAndNumberIsRefused() {
        env.put("PEERBOT_QUOTAS", "routes=100");
        assertThat(problems()).containsExactly("PEERBOT_QUOTAS names an unknown quota 'routes'; known: "
                + "active-peerings-per-vpc, outstanding-requests, routes-per-table, rules-per-group");

        env.put("PEERBOT_QUOTAS", "routes-per-table=lots");
        assertThat(problems()).containsExactly("PEERBOT_QUOTAS gives routes-per-table 'lots', which is not a number");
    }

    @Test
    void ec2RatesAreTheDocumentedOnesUnlessTheSettingRaisesThem() {
        AwsSettings reach = AwsSettings.sdkDefaults();
        assertThat(PeerbotSettings.fromEnvironment(env).aws().applyTo(reach).ec2Rates().toString())
                .isEqualTo(Ec2Rates.documented().toString());

        env.put("PEERBOT_EC2_RATE", "mutating=400/10");
        assertThat(PeerbotSettings.fromEnvironment(env).aws().applyTo(reach).ec2Rates()
                .of(Ec2ActionCategory.MUTATING)).contains(new Ec2Rate(400, 10));

        env.put("PEERBOT_EC2_RATE", "off");
        assertThat(PeerbotSettings.fromEnvironment(env).aws().applyTo(reach).ec2Rates().paced()).isFalse();
    }

    @Test
    void anEc2RateThatIsNoCategoryAndRateIsRefused() {
        env.put("PEERBOT_EC2_RATE", "writes=10/1");

        assertThat(problems()).singleElement().asString().startsWith("PEERBOT_EC2_RATE unknown EC2 throttling "
                + "category writes");
    }

    private Duration interval(String text) {
        env.put("PEERBOT_WATCH_INTERVAL", text);
        return PeerbotSettings.fromEnvironment(env).watch().interval();
    }

    @Test
    void theTokensChooseHowSlackReachesTheBot() {
        env.remove("SLACK_APP_TOKEN");
        env.put("SLACK_SIGNING_SECRET", "secret");
        env.put("PORT", "8080");

        PeerbotSettings http = PeerbotSettings.fromEnvironment(env);
        env.remove("SLACK_BOT_TOKEN");
        PeerbotSettings none = PeerbotSettings.fromEnvironment(env);

        assertThat(http.slack().transport()).isEqualTo(SlackTransport.http(8080));
        assertThat(none.slack().mode()).isEqualTo(PeerbotSettings.Mode.NONE);
        assertThatThrownBy(() -> none.slack().transport()).hasMessageContaining("SLACK_BOT_TOKEN");
    }

    @Test
    void tokensStayOutOfItsText() {
        env.put("SLACK_SIGNING_SECRET", "s3cret");

        assertThat(PeerbotSettings.fromEnvironment(env).toString()).doesNotContain("xoxb-1", "xapp-1", "s3cret");
    }

    @Test
    void aRoleWithoutItsAccountPlaceholderIsRefused() {
        env.put("PEERBOT_ASSUME_ROLE", " arn:aws:iam::111122223333:role/peerbot");

        assertThat(problems()).containsExactly("PEERBOT_ASSUME_ROLE must contain {account} where each account's ID "
                + "goes, e.g. arn:aws:iam::{account}:role/peerbot, not 'arn:aws:iam::111122223333:role/peerbot'");
    }

    @Test
    void aRoleThatIsNoRoleArnIsRefused() {
        env.put("PEERBOT_ASSUME_ROLE", "peerbot-{account}");

        assertThat(problems()).singleElement().asString()
                .startsWith("PEERBOT_ASSUME_ROLE must be an IAM role ARN with {account} as its account");
    }

    @Test
    void everyWrongVariableIsNamedWithWhatIsWrong() {
        env.putAll(Map.of(
                "PORT", "http",
                "SLACK_API_URL", "slack.com/api",
                "PEERBOT_ACCOUNTS", "2222-3333-4444",
                "PEERBOT_WATCH", "222233334444",
                "PEERBOT_ADMINS", "alice",
                "PEERBOT_ALLOWED_CHANNELS", "#network"));

        assertThat(problems()).containsExactlyInAnyOrder(
                "PORT must be a TCP port number (1-65535), not 'http'",
                "SLACK_API_URL must be an http(s) URL such as https://slack.com/api/, not 'slack.com/api'",
                "PEERBOT_ACCOUNTS takes 12-digit AWS account IDs such as 222233334444, not '2222-3333-4444'",
                "PEERBOT_ACCOUNTS lists no account ID: list the organisation's 12-digit account IDs, "
                        + "comma-separated, set it to organization, or leave it unset",
                "PEERBOT_WATCH takes account:region pairs such as 222233334444:eu-west-1, not '222233334444'",
                "PEERBOT_ADMINS takes Slack user IDs such as U012ABCDEF (in the person's profile: ⋮ > Copy member "
                        + "ID), not 'alice'",
                "PEERBOT_ALLOWED_CHANNELS takes Slack channel IDs such as C012ABCDEF (at the bottom of the "
                        + "channel's details), not '#network'");
    }

    @Test
    void aWatchedAccountOutsideTheAllowedOnesIsNamed() {
        AllowedAccounts allowed = AllowedAccounts.only(List.of("222233334444"));
        List<Location> refused = allowed.refused(List.of(new Location("999999999999", "us-east-1")), "111122223333");

        assertThat(ConfigurationException.watchedOutsideAllowed(refused).problems()).containsExactly(
                "PEERBOT_WATCH names 999999999999:us-east-1, but account 999999999999 is not in PEERBOT_ACCOUNTS: "
                        + "add it to PEERBOT_ACCOUNTS or remove it from PEERBOT_WATCH");
    }

    @Test
    void organizationAllowsTheAwsOrganizationsAccounts() {
        env.put("PEERBOT_ACCOUNTS", " Organization ");

        PeerbotSettings settings = PeerbotSettings.fromEnvironment(env);

        assertThat(settings.aws().accounts()).isEqualTo(AllowedAccounts.organizationMembers());
    }

    @Test
    void blanksAreUnset() {
        env.putAll(Map.of("PEERBOT_ASSUME_ROLE", "  ", "PEERBOT_ACCOUNTS", "", "PORT", " "));

        PeerbotSettings settings = PeerbotSettings.fromEnvironment(env);

        assertThat(settings.aws().assumeRole()).isEqualTo(Optional.empty());
        assertThat(settings.aws().accounts().restricted()).isFalse();
        assertThat(settings.slack().port()).isEqualTo(3000);
    }

    private List<String> problems() {
        try {
            PeerbotSettings.fromEnvironment(env);
        } catch (ConfigurationException e) {
            return e.problems();
        }
        throw new AssertionError("the environment was accepted");
    }
}
