package io.peerbot.adapter.slack.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.users.UsersLookupByEmailRequest;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import com.slack.api.model.User;
import io.peerbot.adapter.slack.chat.SlackCallFailed;
import io.peerbot.adapter.slack.chat.SlackCalls;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SlackOwnerDirectoryTest {
    private final MethodsClient methods = mock(MethodsClient.class);
    private final AtomicLong nanos = new AtomicLong();
    private final SlackOwnerDirectory directory = new SlackOwnerDirectory(methods, new SlackCalls(d -> { }),
            nanos::get);

    @Test
    void findsAUserByEmailAndAsksSlackOnlyOnceInAWhile() throws Exception {
        when(methods.usersLookupByEmail(any(UsersLookupByEmailRequest.class))).thenReturn(found("U123"));

        assertThat(directory.userIdByEmail("Alice@Example.com")).contains("U123");
        assertThat(directory.userIdByEmail(" alice@example.com ")).contains("U123");
        verify(methods, times(1)).usersLookupByEmail(any(UsersLookupByEmailRequest.class));

        advance(SlackOwnerDirectory.FOUND_FOR.plusSeconds(1));
        directory.userIdByEmail("alice@example.com");
        verify(methods, times(2)).usersLookupByEmail(any(UsersLookupByEmailRequest.class));
    }

    @Test
    void anUnknownAddressIsEmptyAndRememberedOnlyBriefly() throws Exception {
        when(methods.usersLookupByEmail(any(UsersLookupByEmailRequest.class))).thenReturn(refused("users_not_found"));

        assertThat(directory.userIdByEmail("nobody@example.com")).isEmpty();
        assertThat(directory.userIdByEmail("nobody@example.com")).isEmpty();
        verify(methods, times(1)).usersLookupByEmail(any(UsersLookupByEmailRequest.class));

        advance(SlackOwnerDirectory.NOT_FOUND_FOR.plusSeconds(1));
        directory.userIdByEmail("nobody@example.com");
        verify(methods, times(2)).usersLookupByEmail(any(UsersLookupByEmailRequest.class));
    }

    @Test
    void otherFailuresPropagateAndAreNotRemembered() throws Exception {
        when(methods.usersLookupByEmail(any(UsersLookupByEmailRequest.class)))
                .thenReturn(refused("missing_scope"), found("U123"));

        assertThatThrownBy(() -> directory.userIdByEmail("alice@example.com"))
                .isInstanceOfSatisfying(SlackCallFailed.class, e -> assertThat(e.error()).isEqualTo("missing_scope"));
        assertThat(directory.userIdByEmail("alice@example.com")).contains("U123");
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private static UsersLookupByEmailResponse found(String id) {
        User user = new User();
        user.setId(id);
        UsersLookupByEmailResponse response = new UsersLookupByEmailResponse();
        response.setOk(true);
        response.setUser(user);
        return response;
    }

    private static UsersLookupByEmailResponse refused(String error) {
        UsersLookupByEmailResponse response = new UsersLookupByEmailResponse();
        response.setOk(false);
        response.setError(error);
        return response;
    }
}
