package io.peerbot.application.policy;

import io.peerbot.application.engine.Reading;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.expiry.Term;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.policy.PlannedPeering;
import io.peerbot.domain.policy.PolicyDecision;
import io.peerbot.domain.policy.VpcFacts;
import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The policy (SPEC §11) on a concrete plan, before anything is created: allowed, denied, or denied and overridden by
 * an admin who gave {@code --override "why"}. Only admins may override; anyone else's {@code --override} is refused
 * whether or not the policy denies, so that no one learns to type it.
 */
public final class PolicyGate {
    private final Guardrails guardrails;
    private final ApprovalPolicy approvals;

    public PolicyGate(Guardrails guardrails, ApprovalPolicy approvals) {
        this.guardrails = guardrails;
        this.approvals = approvals;
    }

    public sealed interface Verdict {
        PolicyDecision decision();

        /** Nothing denies it; it may still need extra approvals ({@code decision().approvals()}), asked on its card. */
        record Allowed(PolicyDecision decision) implements Verdict {
        }

        /** Denied; {@code mayOverride} when whoever asked is an admin. */
        record Denied(PolicyDecision decision, boolean mayOverride) implements Verdict {
        }

        /** Denied, and an admin goes ahead for {@code why}. */
        record Overridden(PolicyDecision decision, String why) implements Verdict {
        }

        /** {@code --override} from someone who is not an admin. */
        record OverrideRefused(PolicyDecision decision) implements Verdict {
        }
    }

    public Guardrails guardrails() {
        return guardrails;
    }

    public Verdict judge(String asker, PlannedPeering plan, String override) {
        PolicyDecision decision = guardrails.judge(plan);
        boolean admin = approvals.isAdmin(asker);
        if (!override.isEmpty() && !admin) {
            return new Verdict.OverrideRefused(decision);
        }
        if (decision.allowed()) {
            return new Verdict.Allowed(decision);
        }
        return override.isEmpty() ? new Verdict.Denied(decision, admin) : new Verdict.Overridden(decision, override);
    }

    /** The plan as the policy sees it: a change of {@code kind} opening {@code ports} between the two VPCs. */
    public static PlannedPeering planned(String kind, VpcSnapshot requester, VpcSnapshot accepter,
                                         List<PortRange> ports, PeeringOptions options) {
        return new PlannedPeering(kind, VpcFacts.of(requester), VpcFacts.of(accepter), ports, options.subnets(),
                options.bothWays(), options.duration(), options.reason());
    }

    /** An end is kept to the second, the moment asked to the millisecond: the length asked is the whole seconds. */
    private static Duration lengthAsked(Instant askedAt, Instant end) {
        Duration length = Duration.between(askedAt, end);
        return length.getNano() == 0 ? length : Duration.ofSeconds(length.getSeconds() + 1);
    }

    /**
     * A change's plan as the policy judges it on this reading: a creation, an opening and a renewal on their ports
     * and for their length (a renewal of the whole peering on every port in force), an extension on every port in
     * force for as long as the peering was asked for. Empty for a change that only takes away (close, delete) or
     * puts back what was approved (repair): the policy never stands in their way.
     */
    public static Optional<PlannedPeering> planned(ManagedPeering peering, Change change, Reading reading) {
        Optional<Duration> asked = change.end().map(end -> lengthAsked(change.requestedAt(), end));
        List<PortRange> ports = switch (change.kind()) {
            case CREATE, OPEN -> change.ports();
            case RENEW -> change.ports().isEmpty() ? peering.portsInForce() : change.ports();
            case EXTEND -> peering.portsInForce();
            case CLOSE, DELETE, REPAIR -> null;
        };
        if (ports == null) {
            return Optional.empty();
        }
        // an extension keeps the peering's own term: the length asked for it, or by its latest renewal
        Optional<Duration> length = change.kind() == ChangeKind.EXTEND ? Term.of(peering).stream()
                .filter(Term::wholePeering).findFirst()
                .map(term -> lengthAsked(term.source().requestedAt(), term.end())) : asked;
        PeeringOptions options = peering.options().lasting(length);
        return Optional.of(planned(change.kind().tag(), reading.requester(), reading.accepter(), ports, options));
    }
}
