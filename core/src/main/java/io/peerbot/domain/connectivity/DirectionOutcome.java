package io.peerbot.domain.connectivity;

import java.util.List;

/** How one direction was tested, and what came of it. */
public sealed interface DirectionOutcome {

    /**
     * The script ran on the source instance.
     *
     * @param staticChecks the static check next to each failed live check, and for UDP ranges
     */
    record Live(ProbeRun run, List<PathVerdict> staticChecks) implements DirectionOutcome {
        public Live {
            staticChecks = List.copyOf(staticChecks);
        }
    }

    /**
     * Nothing could be tried live; the static check stands in.
     *
     * @param whyNotLive a sentence: "i-… is not managed by SSM", "the command on i-… did not finish …"
     */
    record StaticOnly(String whyNotLive, List<PathVerdict> verdicts) implements DirectionOutcome {
        public StaticOnly {
            verdicts = List.copyOf(verdicts);
        }
    }

    /** Neither a live nor a static test was possible (e.g. no instance in a VPC). */
    record NotTested(String reason) implements DirectionOutcome {
    }
}
