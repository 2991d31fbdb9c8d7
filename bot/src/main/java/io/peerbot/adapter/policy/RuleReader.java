package io.peerbot.adapter.policy;

import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.policy.Condition;
import io.peerbot.domain.policy.PolicyRule;
import io.peerbot.domain.policy.RuleEffect;
import io.peerbot.domain.policy.RuleScope;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one rule: its {@code name}, an optional {@code message}, which peerings it covers ({@code vpc},
 * {@code requester}, {@code accepter} or {@code between}; none: every peering), an optional {@code when:} CEL
 * expression and exactly one kind: {@code deny}, {@code allow-ports}, {@code deny-ports},
 * {@code require-reason}, {@code max-duration}, {@code approvers}, {@code forbid-both-ways},
 * {@code require-subnets}.
 */
final class RuleReader {
    static final List<String> KINDS = List.of("deny", "allow-ports", "deny-ports", "require-reason", "max-duration",
            "approvers", "forbid-both-ways", "require-subnets");
    private static final Set<String> SCOPES = Set.of("vpc", "requester", "accepter", "between");
    private static final Set<String> OTHER_KEYS = Set.of("name", "message", "when");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");
    private static final Pattern GROUP = Pattern.compile("S[A-Z0-9]{2,}");
    static final int MAX_MESSAGE = 300;

    private final CelConditions cel;

    RuleReader(CelConditions cel) {
        this.cel = cel;
    }

    PolicyRule read(Node node) {
        Map<String, Node> keys = Nodes.mapping(node, "a rule");
        int line = Nodes.line(node);
        Node nameNode = keys.get("name");
        if (nameNode == null) {
            throw new Nodes.Bad(node, "this rule has no name; give each rule a name: line that says what it keeps"
                    + " safe, e.g. name: prod-never-dev");
        }
        String name = Nodes.text(nameNode, "the rule's name");
        if (!NAME.matcher(name).matches()) {
            throw new Nodes.Bad(nameNode, "the rule name '" + name + "' must be 1–64 letters, digits, spaces, '.',"
                    + " '_' or '-'");
        }
        String where = "rule '" + name + "'";
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<String, Node> entry : keys.entrySet()) {
            String key = entry.getKey();
            if (KINDS.contains(key)) {
                kinds.add(key);
            } else if (!SCOPES.contains(key) && !OTHER_KEYS.contains(key)) {
                throw new Nodes.Bad(entry.getValue(), where + ": unknown rule kind '" + key + "'" + suggestion(key)
                        + "; a rule is one of " + String.join(", ", KINDS) + " (with name, message, vpc, requester,"
                        + " accepter, between or when)");
            }
        }
        if (kinds.isEmpty()) {
            throw new Nodes.Bad(node, where + " says what to match but not what to do; add one of "
                    + String.join(", ", KINDS));
        }
        if (kinds.size() > 1) {
            throw new Nodes.Bad(keys.get(kinds.get(1)), where + " has two kinds (" + kinds.get(0) + " and "
                    + kinds.get(1) + "); make them two rules");
        }
        String kind = kinds.get(0);
        RuleEffect effect = effect(kind, keys.get(kind), where + " " + kind);
        RuleScope scope = scope(keys, where);
        Optional<Condition> when = Optional.ofNullable(keys.get("when")).map(w -> condition(w, where));
        String message = Optional.ofNullable(keys.get("message")).map(m -> Nodes.text(m, where + " message"))
                .orElse("");
        if (message.length() > MAX_MESSAGE) {
            throw new Nodes.Bad(keys.get("message"), where + " message is " + message.length()
                    + " characters long; at most " + MAX_MESSAGE);
        }
        return new PolicyRule(name, line, scope, when, effect, message);
    }

    private Condition condition(Node node, String where) {
        String expression = Nodes.text(node, where + " when");
        try {
            return cel.compile(expression);
        } catch (IllegalArgumentException e) {
            throw new Nodes.Bad(node, where + ": the when: expression does not compile: " + e.getMessage()
                    + " (it may use " + String.join(", ", CelConditions.variableNames()) + ")");
        }
    }

    private static RuleScope scope(Map<String, Node> keys, String where) {
        List<String> given = keys.keySet().stream().filter(SCOPES::contains).toList();
        if (given.size() > 1) {
            throw new Nodes.Bad(keys.get(given.get(1)), where + " gives both " + given.get(0) + " and "
                    + given.get(1) + "; use one (between for a pair)");
        }
        if (given.isEmpty()) {
            return new RuleScope.Everywhere();
        }
        String key = given.get(0);
        Node node = keys.get(key);
        return switch (key) {
            case "vpc" -> new RuleScope.EitherSide(SelectorReader.read(node, where + " vpc"));
            case "requester" -> new RuleScope.OneSide(true, SelectorReader.read(node, where + " requester"));
            case "accepter" -> new RuleScope.OneSide(false, SelectorReader.read(node, where + " accepter"));
            default -> {
                List<Node> pair = Nodes.items(node, where + " between");
                if (pair.size() != 2) {
                    throw new Nodes.Bad(node, where + " between takes two VPC selectors, e.g. between: [{tags: {env:"
                            + " prod}}, {tags: {env: dev}}]; got " + pair.size());
                }
                yield new RuleScope.Between(SelectorReader.read(pair.get(0), where + " between (first)"),
                        SelectorReader.read(pair.get(1), where + " between (second)"));
            }
        };
    }

    private static RuleEffect effect(String kind, Node node, String where) {
        return switch (kind) {
            case "deny" -> {
                Nodes.yes(node, where);
                yield new RuleEffect.Deny();
            }
            case "allow-ports" -> new RuleEffect.AllowPorts(ports(node, where));
            case "deny-ports" -> new RuleEffect.DenyPorts(ports(node, where));
            case "require-reason" -> new RuleEffect.RequireReason(minLength(node, where));
            case "max-duration" -> {
                try {
                    yield new RuleEffect.MaxDuration(DurationText.parse(Nodes.text(node, where)));
                } catch (IllegalArgumentException e) {
                    throw new Nodes.Bad(node, where + ": " + e.getMessage());
                }
            }
            case "approvers" -> new RuleEffect.ExtraApprovers(approvers(node, where));
            case "forbid-both-ways" -> {
                Nodes.yes(node, where);
                yield new RuleEffect.NoBothWays();
            }
            default -> {
                Nodes.yes(node, where);
                yield new RuleEffect.RequireSubnets();
            }
        };
    }

    private static List<PortRange> ports(Node node, String where) {
        try {
            return PortList.parse(String.join(",", Nodes.values(node, where)));
        } catch (IllegalArgumentException e) {
            throw new Nodes.Bad(node, where + ": " + e.getMessage());
        }
    }

    private static int minLength(Node node, String where) {
        String value = Nodes.text(node, where);
        if (value.equals("true")) {
            return 1;
        }
        if (value.matches("\\d{1,3}") && Integer.parseInt(value) >= 1) {
            return Integer.parseInt(value);
        }
        throw new Nodes.Bad(node, where + " takes true or the least number of characters (1–999); got '" + value
                + "'");
    }

    private static List<String> approvers(Node node, String where) {
        List<String> approvers = Nodes.values(node, where);
        for (String approver : approvers) {
            if (!SlackIds.USER.matcher(approver).matches() && !GROUP.matcher(approver).matches()) {
                throw new Nodes.Bad(node, where + ": '" + approver + "' is neither a Slack user id (U…) nor a user"
                        + " group id (S…)");
            }
        }
        return approvers;
    }

    private static String suggestion(String key) {
        return KINDS.stream().filter(k -> k.startsWith(key) || key.startsWith(k) || k.replace("-", "")
                .equalsIgnoreCase(key.replace("-", "").replace("_", ""))).findFirst()
                .map(k -> " (did you mean " + k + "?)").orElse("");
    }
}
