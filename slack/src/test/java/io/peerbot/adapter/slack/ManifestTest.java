package io.peerbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.slack.commands.SlashCommandListener;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The Slack app manifest at the repository root asks for what the bot uses, and no more. */
class ManifestTest {
    private static Map<String, Object> manifest;

    @BeforeAll
    static void load() throws Exception {
        try (Reader reader = Files.newBufferedReader(Path.of(System.getProperty("peerbot.root"), "manifest.yml"))) {
            manifest = new Yaml().load(reader);
        }
    }

    @Test
    void declaresThePeerCommand() {
        List<Map<String, Object>> commands = list(map(manifest, "features"), "slash_commands");

        assertThat(commands).singleElement().satisfies(command -> {
            assertThat(command.get("command")).isEqualTo(SlashCommandListener.COMMAND);
            assertThat((String) command.get("description")).isNotBlank().hasSizeLessThanOrEqualTo(2000);
            assertThat((String) command.get("usage_hint")).contains("<vpc> <vpc>").hasSizeLessThanOrEqualTo(1000);
        });
        assertThat(map(map(manifest, "features"), "bot_user").get("display_name")).isEqualTo("peerbot");
        assertThat(map(manifest, "display_information").get("name")).isEqualTo("peerbot");
    }

    @Test
    void asksForExactlyTheBotScopesItUsesAndNoUserScopes() {
        Map<String, Object> scopes = map(map(manifest, "oauth_config"), "scopes");

        assertThat(list(scopes, "bot")).containsExactlyInAnyOrder("commands", "chat:write", "users:read",
                "users:read.email", "usergroups:read", "files:write", "channels:history", "groups:history");
        assertThat(scopes).doesNotContainKey("user");
    }

    @Test
    void talksOverSocketModeWithInteractivityAndNoOrgDeploy() {
        Map<String, Object> settings = map(manifest, "settings");

        assertThat(settings.get("socket_mode_enabled")).isEqualTo(true);
        assertThat(map(settings, "interactivity").get("is_enabled")).isEqualTo(true);
        assertThat(settings.get("org_deploy_enabled")).isEqualTo(false);
        String longDescription = (String) map(manifest, "display_information").get("long_description");
        assertThat(longDescription.length()).as("Slack wants 174 to 4000 characters").isBetween(174, 4000);
    }

    @Test
    void hasAHomeTabPublishedWhenItIsOpened() {
        assertThat(map(map(manifest, "features"), "app_home").get("home_tab_enabled")).isEqualTo(true);
        assertThat(list(map(map(manifest, "settings"), "event_subscriptions"), "bot_events"))
                .containsExactly("app_home_opened");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (List<T>) parent.get(key);
    }
}
