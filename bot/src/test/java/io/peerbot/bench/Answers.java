package io.peerbot.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.peerbot.standin.slack.Ack;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.ResponseUrlPost;
import io.peerbot.standin.slack.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds each command's answers in what the Slack stand-in recorded: the ack (and its payload), posts to the
 * command's response_url, and messages posted after the command that answer its person: an ephemeral message to
 * them, or a channel message that mentions them (a request's card). Each command is matched to the earliest message
 * not already taken that fits it (naming its marker, if it has one): first those with a marker, then the others in
 * the order they were typed. With one person per command the match is exact; for one person typing many, the
 * commands whose answers name nothing of their own (list, status) are matched in order.
 */
final class Answers {
    private final SlackStandIn slack;

    Answers(SlackStandIn slack) {
        this.slack = slack;
    }

    List<CommandOutcome> of(List<SentCommand> commands) {
        Map<String, Ack> acks = new HashMap<>();
        slack.acks().forEach(a -> acks.put(a.envelopeId(), a));
        Map<String, Instant> responseUrl = new HashMap<>();
        for (ResponseUrlPost post : slack.responseUrlPosts()) {
            responseUrl.merge(post.envelope().id(), post.at(), (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Candidate> candidates = new ArrayList<>(slack.allMessages().stream()
                .filter(m -> !m.isReply() && !m.versions().isEmpty())
                .filter(m -> !"ack".equals(m.versions().get(0).via()) && !"response_url".equals(m.versions().get(0).via()))
                .map(m -> new Candidate(m, m.allText()))
                .toList());
        candidates.sort(Comparator.comparing(c -> postedAt(c.message())));
        Set<String> taken = new HashSet<>();
        Map<SentCommand, CommandOutcome> outcomes = new HashMap<>();
        // Commands whose answers name something of their own take theirs first, so that a command matched in
        // order does not take another's answer.
        List<SentCommand> matching = new ArrayList<>(commands.stream().filter(c -> c.marker() != null).toList());
        matching.addAll(commands.stream().filter(c -> c.marker() == null).toList());
        for (SentCommand command : matching) {
            Instant sent = command.envelope().sentAt();
            Ack ack = acks.get(command.envelope().id());
            long ackMillis = ack == null ? -1 : ack.latency().toMillis();
            Optional<String> ackText = Optional.ofNullable(ack).map(Ack::payloadJson).map(Answers::text);
            boolean queued = ackText.filter(Answers::queued).isPresent();
            boolean refused = ackText.filter(Answers::refusal).isPresent();
            Instant answer = ackText.isPresent() && !queued ? ack.at() : null;
            Instant viaUrl = responseUrl.get(command.envelope().id());
            answer = earliest(answer, viaUrl);
            if (answer == null) {
                for (Candidate c : candidates) {
                    if (!taken.contains(c.message().ts()) && postedAt(c.message()).isAfter(sent) && c.fits(command)) {
                        taken.add(c.message().ts());
                        answer = postedAt(c.message());
                        refused = refusal(c.text());
                        break;
                    }
                }
            }
            Instant first = earliest(ackText.isPresent() ? ack.at() : null, answer);
            outcomes.put(command, new CommandOutcome(command, ackMillis, millis(sent, first), millis(sent, answer),
                    refused));
        }
        return commands.stream().map(outcomes::get).toList();
    }

    /** A message that may answer a command, with its text read once. */
    private record Candidate(RecordedMessage message, String text) {
        boolean fits(SentCommand command) {
            boolean toThem = message.ephemeral() ? command.user().equals(message.recipient())
                    : text.contains("<@" + command.user() + ">");
            return toThem && (command.marker() == null || text.contains(command.marker()));
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static long millis(Instant from, Instant to) {
        return to == null ? -1 : Math.max(0, Duration.between(from, to).toMillis());
    }

    private static Instant postedAt(RecordedMessage m) {
        return m.versions().get(0).at();
    }

    private static String text(String payloadJson) {
        JsonObject payload = JsonParser.parseString(payloadJson).getAsJsonObject();
        return payload.has("text") ? payload.get("text").getAsString() : payloadJson;
    }

    /** The bot's "wait your turn" notice, not an answer. */
    static boolean queued(String text) {
        return text.startsWith("⏳ Queued");
    }

    /** The bot would not take the command. */
    static boolean refusal(String text) {
        return text.startsWith("✋") || text.contains("is busy") || text.contains("peerbot is restarting");
    }
}
