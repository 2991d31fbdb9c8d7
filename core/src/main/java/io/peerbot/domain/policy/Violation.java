package io.peerbot.domain.policy;

import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.util.List;

/** What a rule found wrong with a plan; the chat adapter puts it into words. */
public sealed interface Violation {
    record PairDenied() implements Violation {
    }

    record PortsNotAllowed(List<PortRange> asked, List<PortRange> allowed) implements Violation {
        public PortsNotAllowed {
            asked = List.copyOf(asked);
            allowed = List.copyOf(allowed);
        }
    }

    record PortsDenied(List<PortRange> asked, List<PortRange> denied) implements Violation {
        public PortsDenied {
            asked = List.copyOf(asked);
            denied = List.copyOf(denied);
        }
    }

    record ReasonMissing(int minLength) implements Violation {
    }

    /** Asked for good where only a temporary peering (at most {@code max}) is allowed. */
    record NotTemporary(Duration max) implements Violation {
    }

    record TooLong(Duration asked, Duration max) implements Violation {
    }

    record BothWaysForbidden() implements Violation {
    }

    record WholeVpc() implements Violation {
    }

    /** The rule's {@code when:} could not be evaluated on this plan, so the rule denies (fail closed). */
    record ConditionFailed(String expression, String error) implements Violation {
    }
}
