package io.peerbot.domain.expiry;

import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When what a temporary change made is taken away: the whole peering ({@code ports} empty: a temporary request)
 * or only the ports a temporary {@code /peer open} opened. {@code source} is the change whose end it is: the
 * temporary creation or opening, or the latest renewal of it.
 */
public record Term(Instant end, List<PortRange> ports, Change source) {
    /** The reminder goes out a day before the end, or with a tenth of the time left for short ones. */
    public static final Duration LONGEST_NOTICE = Duration.ofHours(24);

    public Term {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(source, "source");
        ports = List.copyOf(ports);
    }

    /**
     * The terms in force on an applied peering, soonest first: the temporary creation's (or its latest renewal's)
     * and the temporary opening's (or its latest renewal's), whatever change was asked for since.
     */
    public static List<Term> of(ManagedPeering peering) {
        Change creation = peering.creation();
        boolean deleted = peering.lastChange().filter(c -> c.state() == ChangeState.DONE)
                .filter(c -> c.kind() == ChangeKind.DELETE).isPresent();
        if (creation.state() != ChangeState.DONE || deleted) {
            return List.of();
        }
        List<Term> terms = new ArrayList<>();
        if (creation.end().isPresent()) {
            Change whole = peering.renewed().orElse(creation);
            terms.add(new Term(whole.endsAt(), List.of(), whole));
        }
        peering.opening().ifPresent(opening -> terms.add(new Term(opening.endsAt(), opening.ports(), opening)));
        terms.sort(Comparator.comparing(Term::end));
        return List.copyOf(terms);
    }

    /** The whole peering ends, not only some ports. */
    public boolean wholePeering() {
        return ports.isEmpty();
    }

    /**
     * When the reminder is due: 24 h before the end; for a term shorter than two days (where that would come before
     * half of it had passed), with a tenth of it left.
     */
    public Instant remindAt() {
        Duration length = Duration.between(source.requestedAt(), end);
        return end.minus(length.compareTo(LONGEST_NOTICE.multipliedBy(2)) >= 0 ? LONGEST_NOTICE
                : length.dividedBy(10));
    }

    public boolean reminderDue(Instant now) {
        return source.remindedAt() == null && !now.isBefore(remindAt());
    }

    public boolean over(Instant now) {
        return !now.isBefore(end);
    }
}
