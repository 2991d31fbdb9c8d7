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
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds each command's answers in what the Slack stand-in recorded: the ack (and its payload), posts to the
 * command's response_url, and messages posted after the command that answer its person: an ephemeral message to
 * them, or a channel message that mentions them (a request's card). Each command takes the earliest such message
 * not already taken that fits it, in the order the commands were typed.
 *
 * <p>Someone who typed one command of the burst gets one answer: whatever answers them answers it. Someone who typed
 * several could not tell their answers apart unless each says what it answers, so neither can this: a list answer
 * is the list, a status answer names its peering, a plan's or a request's answer names its requester VPC (every
 * plan and request of a burst names a pair of its own). A message to such a person that says none of this answers
 * none of their commands: it is reported as {@linkplain Matched#unattributed() unattributed}, never guessed.
 */
final class Answers {
    private final Recorded recorded;

    Answers(SlackStandIn slack) {
        this(() -> new Snapshot(slack.acks(), slack.responseUrlPosts(), slack.allMessages()));
    }

    Answers(Recorded recorded) {
        this.recorded = recorded;
    }

    /** Reads what the Slack stand-in has recorded so far. */
    interface Recorded {
        Snapshot now();
    }

    /** What the Slack stand-in had recorded at one moment. */
    record Snapshot(List<Ack> acks, List<ResponseUrlPost> responseUrlPosts, List<RecordedMessage> messages) {
    }

    /**
     * @param outcomes     one per command, in the commands' order
     * @param unattributed the texts of messages to people who typed several commands that answer none of them
     */
    record Matched(List<CommandOutcome> outcomes, List<String> unattributed) {
    }

    Matched of(List<SentCommand> commands) {
        Snapshot snapshot = recorded.now();
        Map<String, Ack> acks = new HashMap<>();
        snapshot.acks().forEach(a -> acks.put(a.envelopeId(), a));
        Map<String, Instant> responseUrl = new HashMap<>();
        for (ResponseUrlPost post : snapshot.responseUrlPosts()) {
            responseUrl.merge(post.envelope().id(), post.at(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Instant burstStart = commands.stream().map(c -> c.envelope().sentAt()).min(Comparator.naturalOrder())
                .orElse(Instant.MAX);
        Set<String> people = commands.stream().map(SentCommand::user).collect(Collectors.toSet());
        List<Candidate> candidates = new ArrayList<>(snapshot.messages().stream()
                .filter(m -> !m.isReply() && !m.versions().isEmpty() && postedAt(m).isAfter(burstStart))
                .filter(m -> !"ack".equals(m.versions().get(0).via()) && !"response_url".equals(m.versions().get(0).via()))
                .map(m -> new Candidate(m, m.allText()))
                .filter(c -> people.stream().anyMatch(c::isTo))
                .toList());
        candidates.sort(Comparator.comparing(c -> postedAt(c.message())));
        Map<String, Long> commandsPerPerson = commands.stream()
                .collect(Collectors.groupingBy(SentCommand::user, Collectors.counting()));
        Set<String> taken = new HashSet<>();
        List<CommandOutcome> outcomes = new ArrayList<>();
        for (SentCommand command : commands) {
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
                Predicate<String> says = commandsPerPerson.get(command.user()) == 1 ? text -> true : what(command);
                for (Candidate c : candidates) {
                    if (!taken.contains(c.message().ts()) && postedAt(c.message()).isAfter(sent)
                            && c.isTo(command.user()) && says.test(c.text())) {
                        taken.add(c.message().ts());
                        answer = postedAt(c.message());
                        refused = refusal(c.text());
                        break;
                    }
                }
            }
            Instant first = earliest(ackText.isPresent() ? ack.at() : null, answer);
            outcomes.add(new CommandOutcome(command, ackMillis, millis(sent, first), millis(sent, answer), refused));
        }
        List<String> unattributed = candidates.stream().filter(c -> !taken.contains(c.message().ts()))
                .filter(c -> people.stream().anyMatch(p -> commandsPerPerson.get(p) > 1 && c.isTo(p)))
                .map(Candidate::text).toList();
        return new Matched(outcomes, unattributed);
    }

    /** Whether a text is this command's answer, for someone who typed several commands. */
    private static Predicate<String> what(SentCommand command) {
        return switch (command.kind()) {
            case LIST -> Answers::isList;
            case STATUS, PLAN, REQUEST -> {
                if (command.marker() == null) {
                    yield text -> false;
                }
                Pattern names = Pattern.compile("(?<![\\w-])" + Pattern.quote(command.marker()) + "(?![\\w-])");
                yield text -> !isList(text) && names.matcher(text).find();
            }
            // answered in the ack; anything else would be a guess
            case HELP, USAGE_ERROR -> text -> false;
        };
    }

    /** The answer to {@code /peer list}, which names every peering, and the VPCs of some. */
    static boolean isList(String text) {
        return text.startsWith("*Peerings of ") || text.startsWith("No peerings for ");
    }

    /** A message that may answer a command, with its text read once. */
    private record Candidate(RecordedMessage message, String text) {
        boolean isTo(String user) {
            return message.ephemeral() ? user.equals(message.recipient()) : text.contains("<@" + user + ">");
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
