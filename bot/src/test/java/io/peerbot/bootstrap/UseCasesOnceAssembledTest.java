package io.peerbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.ChatEvents;
import io.peerbot.application.usecase.UseCases;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Slack's connection opens before the use cases are assembled: what arrives meanwhile waits for them, and is not lost. */
class UseCasesOnceAssembledTest {
    private static final Actor ALICE = new Actor("U0ALICE", "C0NETWORK");
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final UseCasesOnceAssembled early = new UseCasesOnceAssembled();

    @Test
    void aCommandThatArrivesBeforeTheUseCasesWaitsForThemAndReachesThem() throws Exception {
        CompletableFuture<Void> typed = CompletableFuture.runAsync(() -> early.onCommand(ALICE, "list"));

        assertThat(typed).isNotDone();
        early.assembled(useCases());
        typed.get();

        assertThat(handled).containsExactly("command list");
    }

    @Test
    void beforeTheUseCasesNothingIsAnsweredInTheAckSoTheCommandGoesToTheWork() {
        assertThat(early.answerAtOnce(ALICE, "help")).isEmpty();

        early.assembled(useCases());

        assertThat(early.answerAtOnce(ALICE, "help")).contains(new Notice.Usage(""));
    }

    @Test
    void everyClickAndTheHomeTabReachTheUseCases() {
        early.assembled(useCases());

        early.onApprove(ALICE, "a");
        early.onDeny(ALICE, "d");
        early.onRenew(ALICE, "r");
        early.onEndNow(ALICE, "e");
        early.onRejectForeign(ALICE, "f");
        early.opened("U0ALICE");

        assertThat(handled).containsExactly("approve a", "deny d", "renew r", "end e", "reject f", "home U0ALICE");
    }

    @Test
    void whenTheStartFailsWhatWaitsIsToldWhy() {
        early.failed(new IllegalStateException("STS refused the credentials"));

        assertThatThrownBy(() -> early.onCommand(ALICE, "list")).hasMessageContaining("STS refused the credentials");
    }

    @Test
    void forwardsEveryEventTheChatCanHand() {
        for (Method method : ChatEvents.class.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers())) {
                assertThat(declares(method)).as("forwards %s", method.getName()).isTrue();
            }
        }
    }

    private static boolean declares(Method method) {
        try {
            UseCasesOnceAssembled.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private UseCases useCases() {
        ChatEvents commands = new ChatEvents() {
            @Override
            public Optional<Notice> answerAtOnce(Actor actor, String text) {
                return "help".equals(text) ? Optional.of(new Notice.Usage("")) : Optional.empty();
            }

            @Override
            public void onCommand(Actor actor, String text) {
                handled.add("command " + text);
            }

            @Override
            public void onApprove(Actor actor, String reference) {
                handled.add("approve " + reference);
            }

            @Override
            public void onDeny(Actor actor, String reference) {
                handled.add("deny " + reference);
            }

            @Override
            public void onRenew(Actor actor, String reference) {
                handled.add("renew " + reference);
            }

            @Override
            public void onEndNow(Actor actor, String reference) {
                handled.add("end " + reference);
            }

            @Override
            public void onRejectForeign(Actor actor, String reference) {
                handled.add("reject " + reference);
            }
        };
        return new UseCases(commands, null, null, userId -> handled.add("home " + userId), null, null, null);
    }
}
