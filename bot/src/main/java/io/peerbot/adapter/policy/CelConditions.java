package io.peerbot.adapter.policy;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.peerbot.domain.policy.Condition;
import io.peerbot.domain.policy.PlannedPeering;
import io.peerbot.domain.policy.VpcFacts;
import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiles a rule's {@code when:} into a {@link Condition}: a CEL expression of type bool over the plan.
 *
 * <pre>
 * change          string   create, open…
 * requester       map      id, name, account, region, tags (map of string to string); accepter the same
 * ports           list     of maps: protocol (tcp, udp, icmp, all), from, to (ints; -1 without ports)
 * subnets         list     of subnet ids; whole_vpc: bool (no --subnets)
 * both_ways       bool     temporary: bool, duration: duration (0s when for good)
 * reason          string   cross_account, cross_region: bool
 * </pre>
 * e.g. {@code cross_account && ports.exists(p, p.protocol == "tcp" && p.from <= 22 && 22 <= p.to)}.
 */
final class CelConditions {
    /** Longer expressions belong in several rules. */
    static final int MAX_EXPRESSION = 2000;

    private static final PlannedPeering SAMPLE = new PlannedPeering("create",
            new VpcFacts("vpc-0a1b2c3d", "app", "111122223333", "eu-west-1", Map.of("env", "test")),
            new VpcFacts("vpc-4e5f6a7b", "db", "222233334444", "eu-west-1", Map.of("env", "test")),
            List.of(PortRange.ICMP, PortRange.tcp(5432)), List.of(), false, java.util.Optional.empty(), "");

    private final Cel cel = CelFactory.standardCelBuilder()
            .setOptions(CelOptions.current().maxParseRecursionDepth(50).build())
            .setStandardMacros(dev.cel.parser.CelStandardMacro.STANDARD_MACROS)
            .addVar("change", SimpleType.STRING)
            .addVar("requester", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("accepter", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("ports", ListType.create(MapType.create(SimpleType.STRING, SimpleType.DYN)))
            .addVar("subnets", ListType.create(SimpleType.STRING))
            .addVar("whole_vpc", SimpleType.BOOL)
            .addVar("both_ways", SimpleType.BOOL)
            .addVar("temporary", SimpleType.BOOL)
            .addVar("duration", SimpleType.DURATION)
            .addVar("reason", SimpleType.STRING)
            .addVar("cross_account", SimpleType.BOOL)
            .addVar("cross_region", SimpleType.BOOL)
            .setResultType(SimpleType.BOOL)
            .build();

    /** @throws IllegalArgumentException saying what is wrong with the expression (CEL's message, with a caret) */
    Condition compile(String expression) {
        if (expression.length() > MAX_EXPRESSION) {
            throw new IllegalArgumentException("the expression is " + expression.length() + " characters long; at most "
                    + MAX_EXPRESSION);
        }
        CelAbstractSyntaxTree ast;
        CelRuntime.Program program;
        try {
            ast = cel.compile(expression).getAst();
            program = cel.createProgram(ast);
        } catch (CelValidationException e) {
            throw new IllegalArgumentException(e.getErrors().stream().map(CelIssue::getMessage)
                    .collect(Collectors.joining("; ")), e);
        } catch (dev.cel.common.CelException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        requireCondition(program);
        return new Compiled(expression, program);
    }

    /**
     * Fields of the VPCs and ports are dynamically typed, so {@code requester.account} compiles: try the expression
     * on a sample plan and refuse one that gives anything but true or false (an error there may be the sample's).
     */
    private static void requireCondition(CelRuntime.Program program) {
        Object result;
        try {
            result = program.eval(variables(SAMPLE));
        } catch (CelEvaluationException e) {
            return;
        }
        if (!(result instanceof Boolean)) {
            throw new IllegalArgumentException("it gives " + (result == null ? "nothing" : "a "
                    + result.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)) + ", not true or false");
        }
    }

    private record Compiled(String text, CelRuntime.Program program) implements Condition {
        @Override
        public boolean holds(PlannedPeering plan) {
            try {
                return Boolean.TRUE.equals(program.eval(variables(plan)));
            } catch (CelEvaluationException e) {
                throw new ConditionException(e.getMessage());
            }
        }
    }

    static Map<String, Object> variables(PlannedPeering plan) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("change", plan.change());
        vars.put("requester", vpc(plan.requester()));
        vars.put("accepter", vpc(plan.accepter()));
        vars.put("ports", plan.ports().stream().map(CelConditions::port).toList());
        vars.put("subnets", plan.subnets());
        vars.put("whole_vpc", plan.wholeVpc());
        vars.put("both_ways", plan.bothWays());
        vars.put("temporary", plan.duration().isPresent());
        vars.put("duration", toProto(plan.duration().orElse(Duration.ZERO)));
        vars.put("reason", plan.reason());
        vars.put("cross_account", !plan.requester().account().equals(plan.accepter().account()));
        vars.put("cross_region", !plan.requester().region().equals(plan.accepter().region()));
        return vars;
    }

    private static Map<String, Object> vpc(VpcFacts vpc) {
        return Map.of("id", vpc.id(), "name", vpc.name(), "account", vpc.account(), "region", vpc.region(),
                "tags", vpc.tags());
    }

    private static Map<String, Object> port(PortRange port) {
        return Map.of("protocol", port.protocol().label(), "from", (long) port.from(), "to", (long) port.to());
    }

    private static com.google.protobuf.Duration toProto(Duration duration) {
        return com.google.protobuf.Duration.newBuilder().setSeconds(duration.getSeconds())
                .setNanos(duration.getNano()).build();
    }

    static List<String> variableNames() {
        return List.of("change", "requester", "accepter", "ports", "subnets", "whole_vpc", "both_ways", "temporary",
                "duration", "reason", "cross_account", "cross_region");
    }
}
