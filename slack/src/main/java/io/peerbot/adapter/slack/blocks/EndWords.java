package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.expiry.PendingRequests;
import io.peerbot.domain.expiry.Term;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import java.util.Optional;
import io.peerbot.domain.lifecycle.ChangeKind;

/** How a temporary change's end reads on its card, and when AWS drops a request no one accepted. */
final class EndWords {
    private EndWords() {
    }

    /**
     * The creation's card: while it awaits approval, its end (if temporary) and when AWS drops the request; once
     * applied, the end in force for the whole peering (a renewal's, when renewed).
     */
    static Optional<String> onCreationCard(ManagedPeering peering) {
        Change creation = peering.creation();
        if (creation.state() == ChangeState.AWAITING_APPROVAL) {
            String drop = "⌛ AWS drops this request if it is not accepted by "
                    + SlackDates.of(creation.requestedAt().plus(PendingRequests.AWS_KEEPS_REQUESTS)) + ".";
            return Optional.of(creation.end().map(end -> ends(creation) + "\n" + drop).orElse(drop));
        }
        return Term.of(peering).stream().filter(Term::wholePeering).findFirst()
                .map(term -> "⏱ Temporary: peerbot deletes the peering " + SlackDates.of(term.end())
                        + "; no further approval is asked.");
    }

    /** "⏱ Temporary: ends Jan 5 at 14:03, then peerbot deletes the peering; no further approval is asked." */
    static String ends(Change change) {
        String what = change.ports().isEmpty() ? "peerbot deletes the peering"
                : "peerbot closes " + String.join(", ", change.ports().stream().map(p -> Mrkdwn.code(p.toString()))
                .toList());
        String when = change.kind() == ChangeKind.RENEW ? "⏱ New end: " : "⏱ Temporary: ends ";
        return when + SlackDates.of(change.endsAt()) + ", then " + what
                + " (approving this is consent to that; no further approval is asked).";
    }
}
