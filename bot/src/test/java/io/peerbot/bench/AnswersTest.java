package io.peerbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.slack.Ack;
import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.MessageVersion;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the benchmark finds each command's answer among what one person, or many, were told. */
class AnswersTest {
    private static final Instant T0 = Instant.parse("2026-12-02T00:00:00Z");
    private static final String FLOODER = "U0FLOOD";
    private static final String PCX = "pcx-0123456789abcdef0";
    private static final String QUOTA = "⛔ `111111111111` has 25 outstanding peering requests and this peering needs 1"
            + " more, over the limit of 25.";

    private final List<Ack> acks = new ArrayList<>();
    private final List<RecordedMessage> messages = new ArrayList<>();
    private final Answers answers = new Answers(() -> new Answers.Snapshot(acks, List.of(), messages));
    private int sent;
    private int posted;

    @Test
    void twoPlansOfOnePersonAnsweredInTheOtherOrderEachGetTheirOwn() {
        SentCommand first = typed(FLOODER, CommandKind.PLAN, "load-0001", 0);
        SentCommand second = typed(FLOODER, CommandKind.PLAN, "load-0003", 0);
        privately(FLOODER, 300, "Plan for peering load-0003 (vpc-3) with load-0004 (vpc-4): 2 routes");
        privately(FLOODER, 900, "Plan for peering load-0001 (vpc-1) with load-0002 (vpc-2): 2 routes");

        List<CommandOutcome> outcomes = answers.of(List.of(first, second)).outcomes();

        assertThat(outcomes).extracting(CommandOutcome::answerMillis).containsExactly(900L, 300L);
        assertThat(outcomes).allMatch(CommandOutcome::answered);
    }

    @Test
    void aRequestIsAnsweredByItsCardAndNotByAnotherRequestsCard() {
        SentCommand first = typed(FLOODER, CommandKind.REQUEST, "load-0001", 0);
        SentCommand second = typed(FLOODER, CommandKind.REQUEST, "load-0010", 0);
        inChannel(400, "<@" + FLOODER + "> asks to peer load-0010 (vpc-10) with load-0011 (vpc-11)");
        inChannel(500, "<@" + FLOODER + "> asks to peer load-00012 (vpc-12) with load-00013 (vpc-13)");

        List<CommandOutcome> outcomes = answers.of(List.of(first, second)).outcomes();

        assertThat(outcomes.get(0).answerMillis()).as("load-00012 is not load-0001").isEqualTo(-1);
        assertThat(outcomes.get(1).answerMillis()).isEqualTo(400);
    }

    @Test
    void anAnswerNamingNoneOfTheCommandsIsReportedNotGivenToOneOfThem() {
        SentCommand plan = typed(FLOODER, CommandKind.PLAN, "load-0001", 0);
        SentCommand request = typed(FLOODER, CommandKind.REQUEST, "load-0003", 0);
        SentCommand list = typed(FLOODER, CommandKind.LIST, null, 0);
        privately(FLOODER, 200, QUOTA);
        privately(FLOODER, 250, QUOTA);
        privately(FLOODER, 700, "*Peerings of peerbot* (1)\n• `" + PCX + "` — active");

        Answers.Matched matched = answers.of(List.of(plan, request, list));

        assertThat(matched.outcomes()).extracting(CommandOutcome::answerMillis).containsExactly(-1L, -1L, 700L);
        assertThat(matched.unattributed()).containsExactly(QUOTA, QUOTA);
    }

    @Test
    void aStatusIsNotAnsweredByTheListThatNamesItsPeering() {
        SentCommand list = typed(FLOODER, CommandKind.LIST, null, 0);
        SentCommand status = typed(FLOODER, CommandKind.STATUS, PCX, 0);
        privately(FLOODER, 100, "*Peerings of peerbot* (1)\n• `" + PCX + "` `vpc-1` ↔ `vpc-2` — active");
        privately(FLOODER, 600, "*`" + PCX + "`* — active (Active)");

        List<CommandOutcome> outcomes = answers.of(List.of(status, list)).outcomes();

        assertThat(outcomes).extracting(CommandOutcome::answerMillis).containsExactly(600L, 100L);
    }

    @Test
    void identicalCommandsTakeTheirAnswersInTheOrderTyped() {
        SentCommand first = typed(FLOODER, CommandKind.LIST, null, 0);
        SentCommand second = typed(FLOODER, CommandKind.LIST, null, 10);
        privately(FLOODER, 300, "No peerings for peerbot.");
        privately(FLOODER, 500, "No peerings for peerbot.");

        List<CommandOutcome> outcomes = answers.of(List.of(first, second)).outcomes();

        assertThat(outcomes).extracting(CommandOutcome::answerMillis).containsExactly(300L, 490L);
    }

    @Test
    void aSlowDownInTheAckIsARefusalAndAQueuedNoticeIsSeenButIsNoAnswer() {
        SentCommand refused = typed(FLOODER, CommandKind.PLAN, "load-0001", 0);
        SentCommand queued = typed(FLOODER, CommandKind.PLAN, "load-0003", 0);
        acked(refused, 40, "✋ You already have 20 commands or clicks waiting, so this one was not taken.");
        acked(queued, 50, "⏳ Queued — 3 jobs are ahead of you.");
        privately(FLOODER, 800, "Plan for peering load-0003 (vpc-3) with load-0004 (vpc-4): 2 routes");

        List<CommandOutcome> outcomes = answers.of(List.of(refused, queued)).outcomes();

        assertThat(outcomes.get(0).refused()).isTrue();
        assertThat(outcomes.get(0).answered()).isFalse();
        assertThat(outcomes.get(1).refused()).isFalse();
        assertThat(outcomes.get(1).firstVisible()).isEqualTo(50);
        assertThat(outcomes.get(1).answerMillis()).isEqualTo(800);
    }

    @Test
    void whoeverTypedOneCommandIsAnsweredByWhateverTellsThem() {
        SentCommand alone = typed("U0ALONE", CommandKind.REQUEST, "load-0001", 0);
        SentCommand other = typed("U0OTHER", CommandKind.PLAN, "load-0003", 0);
        privately("U0ALONE", 300, QUOTA);
        privately("U0OTHER", 200, "Plan for peering load-0003 (vpc-3) with load-0004 (vpc-4)");

        Answers.Matched matched = answers.of(List.of(alone, other));

        assertThat(matched.outcomes()).extracting(CommandOutcome::answerMillis).containsExactly(300L, 200L);
        assertThat(matched.unattributed()).isEmpty();
    }

    @Test
    void messagesFromBeforeTheCommandAnswerNothing() {
        privately(FLOODER, -100, "Plan for peering load-0001 (vpc-1) with load-0002 (vpc-2)");
        SentCommand plan = typed(FLOODER, CommandKind.PLAN, "load-0001", 0);
        SentCommand list = typed(FLOODER, CommandKind.LIST, null, 0);

        Answers.Matched matched = answers.of(List.of(plan, list));

        assertThat(matched.outcomes()).extracting(CommandOutcome::answerMillis).containsExactly(-1L, -1L);
        assertThat(matched.unattributed()).isEmpty();
    }

    private SentCommand typed(String user, CommandKind kind, String marker, long atMillis) {
        Envelope envelope = new Envelope("env-" + ++sent, Envelope.SLASH_COMMANDS, "{}", user, "C0NETWORK",
                "https://hooks.example/" + sent, "trigger", "conn", T0.plusMillis(atMillis));
        return new SentCommand(kind, user, kind.label(), marker, envelope);
    }

    private void acked(SentCommand command, long atMillis, String text) {
        String payload = "{\"response_type\":\"ephemeral\",\"text\":\"" + text + "\"}";
        acks.add(new Ack(command.envelope(), payload, Duration.ofMillis(atMillis), false, null,
                T0.plusMillis(atMillis)));
    }

    private void privately(String user, long atMillis, String text) {
        messages.add(message(true, user, atMillis, text, "chat.postEphemeral"));
    }

    private void inChannel(long atMillis, String text) {
        messages.add(message(false, null, atMillis, text, "chat.postMessage"));
    }

    private RecordedMessage message(boolean ephemeral, String recipient, long atMillis, String text, String via) {
        String ts = "1796170000." + String.format("%06d", ++posted);
        return new RecordedMessage("C0NETWORK", ts, null, "U0BOT", text, "[]", ephemeral, recipient, false, false,
                List.of(new MessageVersion(text, "[]", T0.plusMillis(atMillis), via)), null);
    }
}
