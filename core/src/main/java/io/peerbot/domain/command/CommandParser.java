package io.peerbot.domain.command;

import io.peerbot.domain.map.MapScope;
import io.peerbot.domain.expiry.Lifetime;
import io.peerbot.domain.export.ExportFormat;
import io.peerbot.domain.network.ResourceIds;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.RuleTargets;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the text after {@code /peer}. Understands quoting for {@code --reason "…"}; refuses unknown
 * options, malformed ports, missing or extra arguments and over-long input with a specific problem.
 *
 * <p>{@code --ports} replaces the default {@code icmp} rather than adding to it: what was asked is what
 * gets opened. Without {@code icmp} the connectivity test reports ping as not allowed.
 */
public final class CommandParser {
    public static final int MAX_TEXT = 1000;
    public static final int MAX_REASON = 500;
    private static final Set<Option> REQUEST_OPTIONS = EnumSet.complementOf(EnumSet.of(Option.FORMAT));
    private static final String COMMANDS = "plan, list, status, test, open, close, delete, retry, renew, export, map, policy, help";
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    public ParseResult parse(String text) {
        if (text == null || text.isBlank()) {
            return new ParseResult.Parsed(new TypedCommand.Help());
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_TEXT) {
            return new ParseResult.Malformed("the command is " + trimmed.length() + " characters long; at most "
                    + MAX_TEXT + " are accepted (keep --reason short)");
        }
        try {
            return new ParseResult.Parsed(command(Tokenizer.split(trimmed)));
        } catch (IllegalArgumentException e) {
            return new ParseResult.Malformed(e.getMessage());
        }
    }

    private static TypedCommand command(List<Token> tokens) {
        Token first = tokens.get(0);
        String word = first.quoted() ? "" : first.text().toLowerCase(Locale.ROOT);
        List<Token> rest = tokens.subList(1, tokens.size());
        return switch (word) {
            case "help" -> new TypedCommand.Help();
            case "plan" -> {
                Args args = Args.read(rest, word, REQUEST_OPTIONS);
                List<VpcRef> vpcs = twoVpcs(args, "/peer plan");
                yield new TypedCommand.ShowPlan(vpcs.get(0), vpcs.get(1), options(args));
            }
            case "list" -> {
                Args args = Args.read(rest, word, Set.of());
                noMoreThan(args, 1, "/peer list takes at most one VPC, e.g. /peer list app-vpc");
                yield new TypedCommand.ListPeerings(args.positionals().stream().findFirst().map(CommandParser::vpc));
            }
            case "map" -> new TypedCommand.ShowMap(mapScope(Args.read(rest, word, Set.of())));
            case "policy" -> {
                Args args = Args.read(rest, word, Set.of());
                noMoreThan(args, 1, "/peer policy takes at most one VPC, e.g. /peer policy app-vpc");
                yield new TypedCommand.ShowPolicy(args.positionals().stream().findFirst().map(CommandParser::vpc));
            }
            case "status" -> new TypedCommand.Status(onlyPcx(Args.read(rest, word, Set.of()), word));
            case "delete" -> new TypedCommand.Delete(onlyPcx(Args.read(rest, word, Set.of()), word));
            case "retry" -> new TypedCommand.Retry(onlyPcx(Args.read(rest, word, Set.of()), word));
            case "test" -> {
                Args args = Args.read(rest, word, EnumSet.of(Option.PORTS));
                String pcx = onlyPcx(args, word);
                yield new TypedCommand.Test(pcx, args.value(Option.PORTS).map(p -> ports(p, "--ports")).orElse(List.of()));
            }
            case "export" -> {
                Args args = Args.read(rest, word, EnumSet.of(Option.FORMAT));
                yield new TypedCommand.Export(onlyPcx(args, word), format(args));
            }
            case "open" -> {
                Args args = Args.read(rest, word, EnumSet.of(Option.PORTS, Option.FOR));
                String pcx = pcx(args, word);
                yield new TypedCommand.Open(pcx, changedPorts(args, word, pcx), lasting(args));
            }
            case "close" -> {
                Args args = Args.read(rest, word, EnumSet.of(Option.PORTS));
                String pcx = pcx(args, word);
                yield new TypedCommand.Close(pcx, changedPorts(args, word, pcx));
            }
            case "renew" -> {
                Args args = Args.read(rest, word, EnumSet.of(Option.FOR));
                String pcx = onlyPcx(args, word);
                yield new TypedCommand.Renew(pcx, lasting(args).orElseThrow(() -> new IllegalArgumentException(
                        "/peer renew needs how long from now, e.g. /peer renew " + pcx + " --for 7d")));
            }
            default -> {
                Args args = Args.read(tokens, "<vpc> <vpc>", REQUEST_OPTIONS);
                List<VpcRef> vpcs = twoVpcs(args, "/peer");
                yield new TypedCommand.Request(vpcs.get(0), vpcs.get(1), options(args), lasting(args));
            }
        };
    }

    private static MapScope mapScope(Args args) {
        noMoreThan(args, 1, "/peer map takes at most one VPC or account, e.g. /peer map app-vpc or /peer map "
                + "111122223333");
        if (args.positionals().isEmpty()) {
            return new MapScope.Everything();
        }
        Token word = args.positionals().get(0);
        if (!word.quoted() && ACCOUNT.matcher(word.text()).matches()) {
            return new MapScope.OfAccount(word.text());
        }
        if (!word.quoted() && word.text().chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + word.text() + "' is not an account id (12 digits, e.g. "
                    + "111122223333)");
        }
        return new MapScope.OfVpc(vpc(word));
    }

    private static List<VpcRef> twoVpcs(Args args, String command) {
        List<Token> words = args.positionals();
        for (int i = 0; i < words.size() && i < 2; i++) {
            if (words.get(i).text().regionMatches(true, 0, "pcx-", 0, 4)) {
                throw new IllegalArgumentException("'" + words.get(i).text() + "' is a peering connection, not a VPC"
                        + (i == 1 && command.equals("/peer") ? "; '" + words.get(0).text() + "' is not a command" : "")
                        + ". Commands that take a peering id: status, test, open, close, delete, retry, renew, export");
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("which VPCs? " + command + " names two, e.g. " + command
                    + " app-vpc db-vpc");
        }
        if (words.size() == 1) {
            throw new IllegalArgumentException(command + " names two VPCs, e.g. " + command + " app-vpc db-vpc; got only '"
                    + words.get(0).text() + "'" + (command.equals("/peer") ? " (commands: " + COMMANDS + ")" : ""));
        }
        noMoreThan(args, 2, command + " takes two VPCs; a reason with spaces goes in quotes: --reason \"…\"");
        return List.of(vpc(words.get(0)), vpc(words.get(1)));
    }

    private static VpcRef vpc(Token word) {
        return word.quoted() ? VpcRef.parseQuoted(word.text()) : VpcRef.parse(word.text());
    }

    private static ExportFormat format(Args args) {
        Optional<String> asked = args.value(Option.FORMAT);
        if (asked.isEmpty()) {
            return ExportFormat.TERRAFORM;
        }
        return ExportFormat.named(asked.get()).orElseThrow(() -> new IllegalArgumentException("--format: '"
                + asked.get() + "' is not a format I export; known: " + ExportFormat.known()
                + ", e.g. " + Option.FORMAT.example));
    }

    private static PeeringOptions options(Args args) {
        List<PortRange> ports = args.value(Option.PORTS).map(p -> ports(p, "--ports"))
                .orElse(PeeringOptions.DEFAULT_PORTS);
        List<String> subnets = args.value(Option.SUBNETS).map(CommandParser::subnets).orElse(List.of());
        String reason = args.value(Option.REASON).orElse("");
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("the reason is " + reason.length() + " characters long; at most "
                    + MAX_REASON);
        }
        String override = args.value(Option.OVERRIDE).orElse("");
        if (override.length() > MAX_REASON) {
            throw new IllegalArgumentException("the --override reason is " + override.length()
                    + " characters long; at most " + MAX_REASON);
        }
        RuleTargets targets = new RuleTargets(
                args.value(Option.TO).map(v -> groups(v, Option.TO)).orElse(List.of()),
                args.value(Option.FROM).map(v -> groups(v, Option.FROM)).orElse(List.of()),
                args.has(Option.BOTH_WAYS), args.has(Option.SOURCE_GROUPS));
        return new PeeringOptions(ports, subnets, args.has(Option.DNS), !args.has(Option.NO_TEST), reason, targets)
                .withOverrideRoutes(args.has(Option.OVERRIDE_ROUTES)).overriding(override)
                .lasting(lasting(args).map(Lifetime::length));
    }

    private static List<String> groups(String text, Option option) {
        List<String> ids = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            String id = raw.strip().toLowerCase(Locale.ROOT);
            if (!ResourceIds.SECURITY_GROUP.matcher(id).matches()) {
                throw new IllegalArgumentException(option + ": '" + raw.strip() + "' is not a security group id (sg- "
                        + "and 8 or 17 hex digits); expected e.g. " + option.example);
            }
            if (ids.contains(id)) {
                throw new IllegalArgumentException(option + ": '" + id + "' is listed twice; give each group once");
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private static Optional<Lifetime> lasting(Args args) {
        return args.value(Option.FOR).map(Lifetime::parse);
    }

    private static List<PortRange> ports(String text, String where) {
        try {
            return PortList.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<String> subnets(String text) {
        List<String> ids = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            String id = raw.strip().toLowerCase(Locale.ROOT);
            if (!ResourceIds.SUBNET.matcher(id).matches()) {
                throw new IllegalArgumentException("--subnets: '" + raw.strip() + "' is not a subnet id (subnet- and "
                        + "8 or 17 hex digits); expected e.g. " + Option.SUBNETS.example);
            }
            if (ids.contains(id)) {
                throw new IllegalArgumentException("--subnets: '" + id + "' is listed twice; give each subnet once");
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private static String onlyPcx(Args args, String command) {
        String pcx = pcx(args, command);
        noMoreThan(args, 1, "/peer " + command + " takes only a peering id, e.g. /peer " + command
                + " pcx-0a1b2c3d4e5f60718");
        return pcx;
    }

    private static String pcx(Args args, String command) {
        if (args.positionals().isEmpty()) {
            throw new IllegalArgumentException("/peer " + command + " needs a peering connection id, e.g. /peer "
                    + command + " pcx-0a1b2c3d4e5f60718 (/peer list shows them)");
        }
        String text = args.positionals().get(0).text();
        String id = text.toLowerCase(Locale.ROOT);
        if (!ResourceIds.PCX.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a peering connection id (pcx- and 8 or 17 hex "
                    + "digits, e.g. pcx-0a1b2c3d4e5f60718; /peer list shows them)");
        }
        return id;
    }

    private static List<PortRange> changedPorts(Args args, String command, String pcx) {
        Optional<String> option = args.value(Option.PORTS);
        List<Token> words = args.positionals();
        String example = "e.g. /peer " + command + " " + pcx + " tcp:5432";
        if (option.isPresent() && words.size() > 1) {
            throw new IllegalArgumentException("give the ports once, either after the peering id or with --ports; "
                    + example);
        }
        if (option.isEmpty() && words.size() < 2) {
            throw new IllegalArgumentException("/peer " + command + " needs the ports to " + command + ", " + example);
        }
        noMoreThan(args, 2, "/peer " + command + " takes a peering id and a port list, " + example);
        return ports(option.orElseGet(() -> words.get(1).text()), "ports");
    }

    private static void noMoreThan(Args args, int count, String hint) {
        List<Token> words = args.positionals();
        if (words.size() > count) {
            String extra = words.subList(count, words.size()).stream().map(Token::text).collect(Collectors.joining(" "));
            throw new IllegalArgumentException("unexpected '" + extra + "'; " + hint);
        }
    }
}
