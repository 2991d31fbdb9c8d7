package io.peerbot.domain.lifecycle;

import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.drift.DriftMemo;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A peering peerbot manages: the connection's id and sides, its Slack thread (null when none was recorded),
 * its options with the ports in force now, the change that created it — what was asked and approved then,
 * never rewritten — and the latest later change ({@code later}, null until someone asks for one).
 *
 * <p>Two ends are kept apart from {@code later}, as the next change asked for replaces it and must neither bring
 * back an end a renewal moved nor make a temporary opening permanent: {@code temporaryOpening}, the temporary
 * {@code /peer open} whose ports are still in force, or the latest renewal of it (one at a time); and
 * {@code renewal}, the latest renewal of a temporary peering, whose end replaces the creation's. Each null when
 * there is none.
 *
 * <p>Every change moves through the same transitions ({@link #approve}, {@link #begin}, {@link #finish},
 * {@link #fail}, {@link #deny}), named by a {@link ChangeRef}; what a kind does to the ports in force is
 * {@link ChangeKind}'s. {@code drift} is what the drift watch keeps with the record (the approved scope, findings
 * posted and dismissed).
 */
public record ManagedPeering(PcxId id, PeeringSide requester, PeeringSide accepter, MessageRef thread,
                             PeeringOptions options, Change creation, Change later, DriftMemo drift,
                             Change temporaryOpening, Change renewal) {
    public ManagedPeering {
        drift = drift == null ? DriftMemo.NONE : drift;
        if (temporaryOpening != null && (temporaryOpening.state() != ChangeState.DONE
                || temporaryOpening.end().isEmpty() || temporaryOpening.ports().isEmpty())) {
            throw new IllegalArgumentException("a temporary opening is a done change with ports and an end");
        }
        if (renewal != null && (renewal.kind() != ChangeKind.RENEW || renewal.state() != ChangeState.DONE
                || renewal.end().isEmpty() || !renewal.ports().isEmpty())) {
            throw new IllegalArgumentException("a renewal of the peering is a done renewal with an end and no ports");
        }
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(accepter, "accepter");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(creation, "creation");
        if (creation.kind() != ChangeKind.CREATE) {
            throw new IllegalArgumentException("a peering begins with a creation, not a " + creation.kind().tag());
        }
        if (later != null && later.kind() == ChangeKind.CREATE) {
            throw new IllegalArgumentException("a peering is created once");
        }
    }

    /** A peering with no temporary opening in force and no renewal. */
    public ManagedPeering(PcxId id, PeeringSide requester, PeeringSide accepter, MessageRef thread,
                          PeeringOptions options, Change creation, Change later, DriftMemo drift) {
        this(id, requester, accepter, thread, options, creation, later, drift, null, null);
    }

    /** A peering with nothing kept by the drift watch yet. */
    public ManagedPeering(PcxId id, PeeringSide requester, PeeringSide accepter, MessageRef thread,
                          PeeringOptions options, Change creation, Change later) {
        this(id, requester, accepter, thread, options, creation, later, DriftMemo.NONE);
    }

    /** The same peering with what the drift watch keeps replaced. */
    public ManagedPeering withDrift(DriftMemo memo) {
        return new ManagedPeering(id, requester, accepter, thread, options, creation, later, memo, temporaryOpening,
                renewal);
    }

    /** The temporary opening in force, or its latest renewal, if any. */
    public Optional<Change> opening() {
        return Optional.ofNullable(temporaryOpening);
    }

    /** The latest renewal of the whole (temporary) peering, if any: its end is the peering's. */
    public Optional<Change> renewed() {
        return Optional.ofNullable(renewal);
    }

    public PeeringSide side(Side side) {
        return side == Side.REQUESTER ? requester : accepter;
    }

    public boolean hasThread() {
        return thread != null;
    }

    public Instant createdAt() {
        return creation.requestedAt();
    }

    /** Who asked for the peering. */
    public String requestedBy() {
        return creation.requestedBy();
    }

    public List<PortRange> portsInForce() {
        return options.ports();
    }

    /** The latest later change, whatever became of it. */
    public Optional<Change> lastChange() {
        return Optional.ofNullable(later);
    }

    /** The change the peering's stage follows: the latest approved one (a later change, or the creation). */
    public Change governing() {
        return later != null && later.state().approved() ? later : creation;
    }

    public Stage stage() {
        return Stage.of(governing());
    }

    /** The change being applied, to resume after a restart. */
    public Optional<Change> inProgress() {
        return Optional.of(governing()).filter(c -> c.state() == ChangeState.APPLYING);
    }

    /**
     * The change done or failed in AWS whose final message and cards the chat may not have had yet (the
     * governing one: a later change's outcome supersedes an earlier one's), to report after a restart.
     */
    public Optional<Change> unreported() {
        return Optional.of(governing()).filter(Change::unreported);
    }

    /** The change that failed part-way, for {@code /peer retry}. */
    public Optional<Change> failed() {
        return Optional.of(governing()).filter(c -> c.state() == ChangeState.FAILED);
    }

    /** A later change awaiting approval or being applied: no other may be asked for meanwhile. */
    public Optional<Change> pendingChange() {
        return lastChange().filter(c -> c.state().pending());
    }

    /** The change {@code ref} names, if it is the creation, the latest later change or one whose end is kept. */
    public Optional<Change> change(ChangeRef ref) {
        return Stream.of(creation, later, temporaryOpening, renewal).filter(ref::names).findFirst();
    }

    /** Records a newly asked change as the latest (replacing any earlier later change). */
    public ManagedPeering ask(Change change) {
        return new ManagedPeering(id, requester, accepter, thread, options, creation, change, drift,
                temporaryOpening, renewal);
    }

    public ManagedPeering approve(ChangeRef ref, Approval approval) {
        return replaced(require(ref).approve(approval));
    }

    /** The change starts (or starts again): what its kind puts in force counts from now. */
    public ManagedPeering begin(ChangeRef ref) {
        Change change = require(ref);
        return replaced(change.begin()).withPorts(change.kind().portsWhenBegun(portsInForce(), change.ports()));
    }

    /** The change is done: what its kind takes away is gone, and the end it sets is kept (see {@link #endsKept}). */
    public ManagedPeering finish(ChangeRef ref) {
        Change change = require(ref);
        return replaced(change.finish()).withPorts(change.kind().portsWhenDone(portsInForce(), change.ports()))
                .endsKept(change);
    }

    /**
     * Keeps the end a done change sets where the next change cannot replace it: a temporary opening becomes the
     * one in force, and its renewal replaces it; a renewal of the whole peering is kept as its latest; a close takes
     * its ports out of the opening.
     */
    private ManagedPeering endsKept(Change done) {
        Change opening = temporaryOpening;
        Change renewed = renewal;
        switch (done.kind()) {
            case OPEN -> opening = done.end().isPresent() ? kept(require(done.ref())) : opening;
            case RENEW -> {
                if (done.ports().isEmpty()) {
                    renewed = kept(require(done.ref()));
                } else {
                    opening = kept(require(done.ref()));
                }
            }
            case CLOSE -> {
                if (opening != null) {
                    List<PortRange> kept = ChangeKind.CLOSE.portsWhenDone(opening.ports(), done.ports());
                    opening = kept.isEmpty() ? null : opening.narrowedTo(kept);
                }
            }
            case CREATE, DELETE, REPAIR, EXTEND -> {
            }
        }
        return new ManagedPeering(id, requester, accepter, thread, options, creation, later, drift, opening, renewed);
    }

    /** A change as the record keeps it for its end: what that needs (its plan was carried out, its outcome told). */
    private static Change kept(Change change) {
        return new Change(change.kind(), change.ports(), change.requestedBy(), change.requestedAt(),
                change.approvals(), ChangeState.DONE, null, change.messageTs(), "", change.endsAt(),
                change.remindedAt(), false);
    }

    /**
     * The same peering as if its latest change, when done, had been finished by {@link #finish}: for a record
     * written before ends were kept apart from the latest change. Changes nothing on one that has them apart.
     */
    public ManagedPeering withEndsKept() {
        if (later == null || later.state() != ChangeState.DONE || later.end().isEmpty()) {
            return this;
        }
        boolean wholePeering = later.kind() == ChangeKind.RENEW && later.ports().isEmpty();
        boolean opening = !wholePeering && temporaryOpening == null && portsInForce().containsAll(later.ports());
        return wholePeering && renewal == null || opening ? endsKept(later) : this;
    }

    public ManagedPeering fail(ChangeRef ref) {
        return replaced(require(ref).fail());
    }

    /** The chat has the change's final message and cards. */
    public ManagedPeering reported(ChangeRef ref) {
        return replaced(require(ref).reported());
    }

    /** Denied: an open that had begun before its plan changed takes its ports out of force again. */
    public ManagedPeering deny(ChangeRef ref, String userId) {
        Change change = require(ref);
        ManagedPeering denied = replaced(change.deny(userId));
        // its ports leave force as a close's do when done
        return partlyApplied(change) ? denied.withPorts(ChangeKind.CLOSE.portsWhenDone(portsInForce(), change.ports()))
                : denied;
    }

    /**
     * Whether an open awaiting approval had begun before its plan changed and it went back to its owners: an open
     * asks only for ports not in force, and puts them in force when it begins.
     */
    public boolean partlyApplied(Change change) {
        return change.kind() == ChangeKind.OPEN && change.state() == ChangeState.AWAITING_APPROVAL
                && portsInForce().containsAll(change.ports());
    }

    /** Binds the change's consent to the plan with this digest, the one its card shows. */
    public ManagedPeering bind(ChangeRef ref, String digest) {
        return replaced(require(ref).boundTo(digest));
    }

    /**
     * The change's plan differs from the one approved: it awaits approval of the plan with {@code digest}. The
     * asker keeps their consent for {@code askersSides} (the sides they own, as when asking), unless that would
     * leave no one to approve the new plan; every other approval is void.
     */
    public ManagedPeering replanned(ChangeRef ref, String digest, Set<Side> askersSides) {
        Change change = require(ref);
        List<Approval> kept = change.approvals().stream()
                .filter(a -> a.userId().equals(change.requestedBy()) && askersSides.contains(a.side())).toList();
        if (kept.stream().map(Approval::side).distinct().count() == Side.values().length) {
            kept = List.of();
        }
        return replaced(change.replanned(digest, kept));
    }

    /** AWS dropped the peering before it was approved. */
    public ManagedPeering expire() {
        return replaced(creation.expire());
    }

    /** Records that a reminder about the change went out at {@code at} (on every place that keeps it). */
    public ManagedPeering remind(ChangeRef ref, Instant at) {
        require(ref);
        return new ManagedPeering(id, requester, accepter, thread, options, reminded(creation, ref, at),
                reminded(later, ref, at), drift, reminded(temporaryOpening, ref, at), reminded(renewal, ref, at));
    }

    private static Change reminded(Change change, ChangeRef ref, Instant at) {
        return ref.names(change) ? change.reminded(at) : change;
    }

    public ManagedPeering withMessage(ChangeRef ref, String ts) {
        return replaced(require(ref).withMessage(ts));
    }

    /** The same peering known by its id, once EC2 made it. */
    public ManagedPeering withId(PcxId made) {
        return new ManagedPeering(made, requester, accepter, thread, options, creation, later, drift,
                temporaryOpening, renewal);
    }

    /** Where a change's card is: its own message, or the thread's first for the creation. */
    public MessageRef cardOf(Change change) {
        return change.messageTs() == null || thread == null ? thread : thread.at(change.messageTs());
    }

    private ManagedPeering withPorts(List<PortRange> ports) {
        PeeringOptions now = options.withPorts(ports);
        return new ManagedPeering(id, requester, accepter, thread, now, creation, later, drift, temporaryOpening,
                renewal);
    }

    private Change require(ChangeRef ref) {
        return change(ref).orElseThrow(() -> new IllegalStateException(id + " has no " + ref.kind().tag() + " "
                + ref.id()));
    }

    private ManagedPeering replaced(Change change) {
        return change.kind() == ChangeKind.CREATE
                ? new ManagedPeering(id, requester, accepter, thread, options, change, later, drift, temporaryOpening,
                        renewal)
                : new ManagedPeering(id, requester, accepter, thread, options, creation, change, drift,
                        temporaryOpening, renewal);
    }
}
