package io.peerbot.adapter.slack.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import io.peerbot.standin.slack.SlackStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Web API client with one Gson answers as the SDK's does, through the real SDK against the Slack stand-in. */
class OneGsonMethodsClientTest {
    private static final String CHANNEL = "C0NETWORK";

    private SlackStandIn slack;
    private MethodsClient methods;

    @BeforeEach
    void start() {
        slack = SlackStandIn.builder().channel(CHANNEL, "network").start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        methods = OneGsonMethodsClient.of(Slack.getInstance(config), slack.botToken());
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void readsAnswersAsTheSdkDoes() throws Exception {
        ChatPostMessageResponse posted = methods.chatPostMessage(r -> r.channel(CHANNEL).text("peering requested"));
        ChatUpdateResponse updated = methods.chatUpdate(r -> r.channel(CHANNEL).ts(posted.getTs()).text("approved"));

        assertThat(posted.isOk()).as(posted.getError()).isTrue();
        assertThat(posted.getMessage().getText()).isEqualTo("peering requested");
        assertThat(posted.getHttpResponseHeaders()).containsKey("content-type");
        assertThat(updated.isOk()).isTrue();
        assertThat(slack.message(CHANNEL, posted.getTs()).orElseThrow().text()).isEqualTo("approved");
    }

    @Test
    void aRefusalIsAnAnswerWithItsError() throws Exception {
        ChatPostMessageResponse refused = methods.chatPostMessage(r -> r.channel("C0NOWHERE").text("hello"));

        assertThat(refused.isOk()).isFalse();
        assertThat(refused.getError()).isEqualTo("channel_not_found");
    }

    @Test
    void beingRateLimitedThrowsWithTheResponseThatSaysWhenToTryAgain() {
        slack.failNext("chat.postMessage", "ratelimited");

        assertThatThrownBy(() -> methods.chatPostMessage(r -> r.channel(CHANNEL).text("hello")))
                .isInstanceOfSatisfying(SlackApiException.class, e -> {
                    assertThat(e.getResponse().code()).isEqualTo(429);
                    assertThat(e.getResponse().header("Retry-After")).isEqualTo("1");
                });
        assertThat(slack.messages(CHANNEL)).extracting(m -> m.text()).doesNotContain("hello");
    }
}
