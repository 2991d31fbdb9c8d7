package io.peerbot.adapter.slack.chat;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.ErrorResponseMetadata;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Runs Web API calls the way Slack asks: on HTTP 429 (or {@code ratelimited}) it waits as long as the
 * {@code Retry-After} header says and tries again, a few times; reads are also retried after network
 * errors and 5xx. {@code ok=false} becomes a {@link SlackCallFailed} naming the method and Slack's error.
 * The SDK's synchronous client does neither by itself.
 */
public final class SlackCalls {
    private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);
    static final int ATTEMPTS = 4;
    /** Never wait longer than this for one retry, whatever Slack says: a worker is held meanwhile. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);
    /** Errors that answer a question rather than signal a fault; not worth a warning. */
    private static final Set<String> ANSWERS = Set.of("users_not_found", "message_not_found");

    /** One Web API call, as the SDK's {@code MethodsClient} makes it. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    /** How the wait before a retry is spent; tests replace it so they need not sleep. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final Pause pause;

    public SlackCalls() {
        this(duration -> Thread.sleep(duration.toMillis()));
    }

    public SlackCalls(Pause pause) {
        this.pause = pause;
    }

    /** A call that changes something: retried only when Slack refused it for the rate limit. */
    public <T extends SlackApiTextResponse> T write(String method, Call<T> call,
                                                    Function<T, ErrorResponseMetadata> metadata) {
        return run(method, call, metadata, false);
    }

    public <T extends SlackApiTextResponse> T write(String method, Call<T> call) {
        return run(method, call, r -> null, false);
    }

    /** A call that changes nothing: also retried after network errors and 5xx. */
    public <T extends SlackApiTextResponse> T read(String method, Call<T> call) {
        return run(method, call, r -> null, true);
    }

    private <T extends SlackApiTextResponse> T run(String method, Call<T> call,
                                                  Function<T, ErrorResponseMetadata> metadata, boolean idempotent) {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt == ATTEMPTS;
            T response;
            try {
                response = call.run();
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status == 429 && !last) {
                    waitBeforeRetry(method, retryAfter(e.getResponse().header("Retry-After")), attempt);
                    continue;
                }
                if (status >= 500 && idempotent && !last) {
                    waitBeforeRetry(method, backoff(attempt), attempt);
                    continue;
                }
                throw new SlackCallFailed(method, status == 429 ? "ratelimited" : "http_" + status, List.of(), e);
            } catch (IOException e) {
                if (idempotent && !last) {
                    waitBeforeRetry(method, backoff(attempt), attempt);
                    continue;
                }
                throw new SlackCallFailed(method, "io_error", List.of(String.valueOf(e.getMessage())), e);
            }
            if (response.isOk()) {
                if (response.getWarning() != null) {
                    log.debug("{} warned: {}", method, response.getWarning());
                }
                return response;
            }
            if ("ratelimited".equals(response.getError()) && !last) {
                waitBeforeRetry(method, DEFAULT_WAIT, attempt);
                continue;
            }
            List<String> details = Optional.ofNullable(metadata.apply(response))
                    .map(ErrorResponseMetadata::getMessages).orElse(List.of());
            log.atLevel(ANSWERS.contains(response.getError()) ? Level.DEBUG : Level.WARN).log(
                    "{} failed: {}{}{}", method, response.getError(),
                    response.getNeeded() == null ? "" : " (needed scope " + response.getNeeded() + ")",
                    details.isEmpty() ? "" : " " + details);
            throw new SlackCallFailed(method, response.getError(), details, null);
        }
    }

    private void waitBeforeRetry(String method, Duration wait, int attempt) {
        log.info("{} rate-limited or failed (attempt {} of {}); retrying in {} ms", method, attempt, ATTEMPTS,
                wait.toMillis());
        try {
            pause.pause(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed(method, "interrupted", List.of(), e);
        }
    }

    static Duration retryAfter(String header) {
        if (header == null) {
            return DEFAULT_WAIT;
        }
        try {
            Duration wait = Duration.ofSeconds(Long.parseLong(header.trim()));
            return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.isNegative() ? DEFAULT_WAIT : wait;
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT;
        }
    }

    private static Duration backoff(int attempt) {
        return Duration.ofMillis(250L << (attempt - 1));
    }
}
