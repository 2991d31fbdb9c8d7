package io.peerbot.adapter.slack.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.ErrorResponseMetadata;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class SlackCallsTest {
    private final List<Duration> pauses = new ArrayList<>();
    private final SlackCalls calls = new SlackCalls(pauses::add);

    @Test
    void waitsAsLongAsRetryAfterSaysThenTriesAgain() {
        AtomicInteger attempts = new AtomicInteger();

        ChatPostMessageResponse response = calls.write("chat.postMessage", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new SlackApiException(http(429, "7"), "");
            }
            return ok();
        });

        assertThat(response.isOk()).isTrue();
        assertThat(pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
    }

    @Test
    void givesUpAfterAFewRateLimitedAttempts() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> calls.write("chat.update", () -> {
            attempts.incrementAndGet();
            throw new SlackApiException(http(429, "1"), "");
        })).isInstanceOfSatisfying(SlackCallFailed.class, e -> {
            assertThat(e.method()).isEqualTo("chat.update");
            assertThat(e.error()).isEqualTo("ratelimited");
        });
        assertThat(attempts).hasValue(SlackCalls.ATTEMPTS);
    }

    @Test
    void neverWaitsLongerThanItsCapWhateverSlackSays() {
        assertThat(SlackCalls.retryAfter("3600")).isEqualTo(SlackCalls.LONGEST_WAIT);
        assertThat(SlackCalls.retryAfter("nonsense")).isEqualTo(Duration.ofSeconds(1));
        assertThat(SlackCalls.retryAfter(null)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void okFalseBecomesAFailureNamingMethodErrorAndSlacksMessages() {
        ChatPostMessageResponse refused = new ChatPostMessageResponse();
        refused.setOk(false);
        refused.setError("invalid_blocks");
        ErrorResponseMetadata metadata = new ErrorResponseMetadata();
        metadata.setMessages(List.of("[ERROR] must be less than 3001 characters [json-pointer:/blocks/3/text/text]"));
        refused.setResponseMetadata(metadata);

        assertThatThrownBy(() -> calls.write("chat.postMessage", () -> refused,
                ChatPostMessageResponse::getResponseMetadata))
                .isInstanceOfSatisfying(SlackCallFailed.class, e -> {
                    assertThat(e.method()).isEqualTo("chat.postMessage");
                    assertThat(e.error()).isEqualTo("invalid_blocks");
                    assertThat(e.details()).singleElement().asString().contains("/blocks/3/text/text");
                    assertThat(e.getMessage()).contains("chat.postMessage", "invalid_blocks", "3001");
                });
        assertThat(pauses).isEmpty();
    }

    @Test
    void aWriteIsNotRepeatedAfterANetworkErrorSinceSlackMayHaveDoneIt() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> calls.write("chat.postMessage", () -> {
            attempts.incrementAndGet();
            throw new IOException("connection reset");
        })).isInstanceOfSatisfying(SlackCallFailed.class, e -> assertThat(e.error()).isEqualTo("io_error"));
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aReadIsRepeatedAfterNetworkErrorsAndServerErrors() {
        AtomicInteger attempts = new AtomicInteger();

        ChatPostMessageResponse response = calls.read("chat.getPermalink", () -> {
            int attempt = attempts.incrementAndGet();
            if (attempt == 1) {
                throw new IOException("connection reset");
            }
            if (attempt == 2) {
                throw new SlackApiException(http(503, null), "");
            }
            return ok();
        });

        assertThat(response.isOk()).isTrue();
        assertThat(pauses).hasSize(2);
    }

    private static ChatPostMessageResponse ok() {
        ChatPostMessageResponse response = new ChatPostMessageResponse();
        response.setOk(true);
        return response;
    }

    private static Response http(int status, String retryAfter) {
        Response.Builder builder = new Response.Builder()
                .request(new Request.Builder().url("https://slack.com/api/chat.postMessage").build())
                .protocol(Protocol.HTTP_1_1).code(status).message("status " + status);
        if (retryAfter != null) {
            builder.header("Retry-After", retryAfter);
        }
        return builder.build();
    }
}
