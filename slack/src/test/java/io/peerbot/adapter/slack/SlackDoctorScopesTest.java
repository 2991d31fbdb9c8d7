package io.peerbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** {@code peerbot doctor} expects of the bot token exactly the scopes {@code manifest.yml} asks for. */
class SlackDoctorScopesTest {

    @Test
    @SuppressWarnings("unchecked")
    void doctorWantsTheManifestsBotScopes() throws Exception {
        Map<String, Object> manifest;
        try (Reader reader = Files.newBufferedReader(Path.of(System.getProperty("peerbot.root"), "manifest.yml"))) {
            manifest = new Yaml().load(reader);
        }
        Map<String, Object> oauth = (Map<String, Object>) manifest.get("oauth_config");
        List<String> bot = (List<String>) ((Map<String, Object>) oauth.get("scopes")).get("bot");

        assertThat(SlackDoctor.REQUIRED_SCOPES).containsExactlyInAnyOrderElementsOf(bot);
    }
}
