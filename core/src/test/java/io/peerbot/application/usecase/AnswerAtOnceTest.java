package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the chat can answer with its acknowledgement: anything that needs neither AWS nor a chat call. */
class AnswerAtOnceTest {
    private static final Actor ALICE = new Actor("U0ALICE", "C0NET");

    private final RecordingChat chat = new RecordingChat();
    private final ChatEventRouter router = new ChatEventRouter(new ChannelPolicy(Set.of("C0NET")), chat,
            new ChatEventRouter.Routes(null, null, null, null, null, null, null, null, null, null, null, null));

    @Test
    void helpAndAnEmptyCommandAreAnsweredWithTheUsage() {
        assertThat(router.answerAtOnce(ALICE, "help")).contains(new Notice.Usage(""));
        assertThat(router.answerAtOnce(ALICE, "   ")).contains(new Notice.Usage(""));
    }

    @Test
    void aMalformedCommandIsAnsweredWithWhatIsWrong() {
        assertThat(router.answerAtOnce(ALICE, "plan app-vpc db-vpc --prots tcp:5432"))
                .hasValueSatisfying(notice -> assertThat(((Notice.Usage) notice).problem()).contains("--prots"));
        assertThat(router.answerAtOnce(ALICE, "app-vpc db-vpc --ports tcp:99999"))
                .hasValueSatisfying(notice -> assertThat(((Notice.Usage) notice).problem()).contains("99999"));
        assertThat(router.answerAtOnce(ALICE, "x".repeat(5000)))
                .hasValueSatisfying(notice -> assertThat(((Notice.Usage) notice).problem()).contains("5000"));
    }

    @Test
    void aChannelWhereTheBotDoesNotActIsSaidSoWhateverTheCommand() {
        Actor elsewhere = new Actor("U0ALICE", "C0RANDOM");

        assertThat(router.answerAtOnce(elsewhere, "list")).contains(new Notice.Rejected(
                List.of(new Rejection.ChannelNotAllowed("C0RANDOM", List.of("C0NET")))));
    }

    @Test
    void onlyARequestForAPeeringIsToldApartForWorkersOfItsOwn() {
        assertThat(router.asksForAPeering("app-vpc db-vpc --ports tcp:5432")).isTrue();
        assertThat(router.asksForAPeering("123456789012:app-vpc db-vpc --for 7d")).isTrue();
        assertThat(router.asksForAPeering("plan app-vpc db-vpc --ports tcp:5432")).isFalse();
        assertThat(router.asksForAPeering("list")).isFalse();
        assertThat(router.asksForAPeering("open pcx-0a1b2c3d tcp:443")).isFalse();
        assertThat(router.asksForAPeering("app-vpc db-vpc --prots tcp:5432")).as("malformed").isFalse();
        assertThat(router.asksForAPeering(null)).isFalse();
        assertThat(chat.said()).isEmpty();
    }

    @Test
    void workThatNeedsAwsIsLeftForTheWorkersAndNothingIsSaidYet() {
        assertThat(router.answerAtOnce(ALICE, "list")).isEmpty();
        assertThat(router.answerAtOnce(ALICE, "plan app-vpc db-vpc --ports tcp:5432")).isEmpty();
        assertThat(chat.said()).isEmpty();
    }
}
