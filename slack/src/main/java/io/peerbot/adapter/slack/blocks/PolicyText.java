package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.policy.PolicyDenial;
import io.peerbot.domain.policy.PolicyRule;
import io.peerbot.domain.policy.RuleEffect;
import io.peerbot.domain.policy.RuleScope;
import io.peerbot.domain.policy.Violation;
import io.peerbot.domain.policy.VpcSelector;
import io.peerbot.domain.traffic.PortList;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The policy's rules and denials in words: which rule (name, file and line), what it found, how to comply. */
final class PolicyText {
    private PolicyText() {
    }

    /** "`prod-never-dev` (policy.yml, line 3)" */
    static String rule(PolicyRule rule, String source) {
        String file = source.isEmpty() ? "" : fileName(source) + ", ";
        return Mrkdwn.code(rule.name()) + " (" + file + "line " + rule.line() + ")";
    }

    /** One denial: the rule, what is wrong and how to comply, then the rule's own words if it has some. */
    static String denial(PolicyDenial denial, String source) {
        String message = denial.rule().message().isEmpty() ? ""
                : "\n" + Mrkdwn.quote(Mrkdwn.truncate(denial.rule().message(), 300));
        return "Policy rule " + rule(denial.rule(), source) + ": " + violation(denial.violation()) + message;
    }

    static String violation(Violation violation) {
        if (violation instanceof Violation.PairDenied) {
            return "these two VPCs may not be peered.";
        } else if (violation instanceof Violation.PortsNotAllowed v) {
            return PortList.format(v.asked()) + " " + (v.asked().size() == 1 ? "is" : "are") + " not allowed here; only "
                    + Mrkdwn.code(PortList.format(v.allowed())) + " may be opened. Ask with `--ports` within those.";
        } else if (violation instanceof Violation.PortsDenied v) {
            return Mrkdwn.code(PortList.format(v.asked())) + " takes in " + Mrkdwn.code(PortList.format(v.denied()))
                    + ", which may never be opened here. Leave those ports out of `--ports`.";
        } else if (violation instanceof Violation.ReasonMissing v) {
            return v.minLength() <= 1 ? "a reason is required: add `--reason \"what it is for\"`."
                    : "a reason of at least " + v.minLength() + " characters is required: add `--reason \"what it"
                    + " is for\"`.";
        } else if (violation instanceof Violation.NotTemporary v) {
            return "only a temporary peering is allowed here, for at most " + duration(v.max()) + ": add `--for "
                    + duration(v.max()) + "` or less.";
        } else if (violation instanceof Violation.TooLong v) {
            return duration(v.asked()) + " is longer than the " + duration(v.max()) + " allowed here: ask `--for "
                    + duration(v.max()) + "` or less.";
        } else if (violation instanceof Violation.BothWaysForbidden) {
            return "rules may not be mirrored onto the requester's side: leave out `--both-ways`.";
        } else if (violation instanceof Violation.WholeVpc) {
            return "the whole VPC may not be the source: name the subnets that need it with `--subnets subnet-…`.";
        } else if (violation instanceof Violation.ConditionFailed v) {
            return "its condition " + Mrkdwn.code(v.expression()) + " could not be evaluated on this request ("
                    + Mrkdwn.escape(Mrkdwn.truncate(v.error(), 200)) + "), so it denies. Ask an admin to fix the rule.";
        }
        throw new IllegalArgumentException("no words for " + violation.getClass().getSimpleName());
    }

    /** What a rule does, in one line: "between env=prod and env=dev: never peered". */
    static String describe(PolicyRule rule, String source) {
        StringBuilder text = new StringBuilder(rule(rule, source)).append(" — ").append(scope(rule.scope()))
                .append(": ").append(effect(rule.effect()));
        rule.when().ifPresent(w -> text.append(", when ").append(Mrkdwn.code(Mrkdwn.truncate(w.text(), 200))));
        if (!rule.message().isEmpty()) {
            text.append("\n").append(Mrkdwn.quote(Mrkdwn.truncate(rule.message(), 300)));
        }
        return text.toString();
    }

    private static String scope(RuleScope scope) {
        if (scope instanceof RuleScope.EitherSide s) {
            return "peerings with " + selector(s.vpc());
        } else if (scope instanceof RuleScope.OneSide s) {
            return "peerings requested " + (s.requesterSide() ? "from " : "to ") + selector(s.vpc());
        } else if (scope instanceof RuleScope.Between s) {
            return "peerings between " + selector(s.one()) + " and " + selector(s.other());
        }
        return "every peering";
    }

    private static String selector(VpcSelector selector) {
        List<String> parts = new ArrayList<>();
        addAll(parts, "", selector.ids());
        addAll(parts, "name ", selector.names());
        addAll(parts, "account ", selector.accounts());
        addAll(parts, "region ", selector.regions());
        selector.tags().forEach((key, values) -> parts.add(Mrkdwn.code(key + "=" + String.join("|", values.stream()
                .sorted().toList()))));
        return String.join(" ", parts);
    }

    private static void addAll(List<String> parts, String label, Set<String> values) {
        if (!values.isEmpty()) {
            parts.add(label + values.stream().sorted().map(Mrkdwn::code).collect(Collectors.joining("|")));
        }
    }

    private static String effect(RuleEffect effect) {
        if (effect instanceof RuleEffect.Deny) {
            return "denied";
        } else if (effect instanceof RuleEffect.AllowPorts e) {
            return "only " + Mrkdwn.code(PortList.format(e.allowed()));
        } else if (effect instanceof RuleEffect.DenyPorts e) {
            return "never " + Mrkdwn.code(PortList.format(e.denied()));
        } else if (effect instanceof RuleEffect.RequireReason e) {
            return e.minLength() <= 1 ? "a reason is required" : "a reason of " + e.minLength() + "+ characters";
        } else if (effect instanceof RuleEffect.MaxDuration e) {
            return "temporary, at most " + duration(e.max());
        } else if (effect instanceof RuleEffect.ExtraApprovers e) {
            return "also approved by " + approvers(e.approvers());
        } else if (effect instanceof RuleEffect.NoBothWays) {
            return "no `--both-ways`";
        }
        return "`--subnets` required (no whole-VPC sources)";
    }

    /** Users as mentions, user groups as group mentions. */
    static String approvers(List<String> approvers) {
        return approvers.stream().map(a -> a.startsWith("S") ? "<!subteam^" + a + ">" : Mrkdwn.mention(a))
                .collect(Collectors.joining(" or "));
    }

    static String duration(Duration duration) {
        if (duration.toMinutes() % (60 * 24) == 0) {
            return duration.toDays() + "d";
        }
        return duration.toMinutes() % 60 == 0 ? duration.toHours() + "h" : duration.toMinutes() + "m";
    }

    private static String fileName(String source) {
        try {
            Path name = Path.of(source).getFileName();
            return name == null ? source : name.toString();
        } catch (RuntimeException e) {
            return source;
        }
    }
}
