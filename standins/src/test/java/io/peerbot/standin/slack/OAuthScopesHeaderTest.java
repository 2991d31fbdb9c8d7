package io.peerbot.standin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Like Slack, the stand-in lists a token's scopes in the {@code x-oauth-scopes} header of every answer to it. */
class OAuthScopesHeaderTest {

    @Test
    void answersToTheBotTokenCarryItsScopesAndToTheAppTokenConnectionsWrite() throws Exception {
        try (SlackStandIn slack = SlackStandIn.builder().botScopes("commands", "chat:write").start()) {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slack.apiUrl());
            config.setStatsEnabled(false);
            Slack client = Slack.getInstance(config);

            var auth = client.methods(slack.botToken()).authTest(r -> r);
            var open = client.methods(slack.appToken()).appsConnectionsOpen(r -> r);
            var bad = client.methods("xoxb-unknown").authTest(r -> r);

            assertThat(auth.isOk()).isTrue();
            assertThat(header(auth.getHttpResponseHeaders())).containsExactly("commands,chat:write");
            assertThat(header(open.getHttpResponseHeaders())).containsExactly("connections:write");
            assertThat(bad.getError()).isEqualTo("invalid_auth");
            assertThat(header(bad.getHttpResponseHeaders())).isEmpty();
            client.close();
        }
    }

    @Test
    void byDefaultTheBotTokenHasTheScopesTheManifestAsksFor() throws Exception {
        try (SlackStandIn slack = SlackStandIn.start()) {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slack.apiUrl());
            config.setStatsEnabled(false);
            Slack client = Slack.getInstance(config);

            var auth = client.methods(slack.botToken()).authTest(r -> r);

            assertThat(header(auth.getHttpResponseHeaders()))
                    .containsExactly("commands,chat:write,users:read,users:read.email,usergroups:read,files:write,channels:history,groups:history");
            client.close();
        }
    }

    private static List<String> header(Map<String, List<String>> headers) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("x-oauth-scopes"))
                .flatMap(e -> e.getValue().stream()).toList();
    }
}
