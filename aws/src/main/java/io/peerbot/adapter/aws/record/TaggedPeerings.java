package io.peerbot.adapter.aws.record;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.peerbot.adapter.aws.seal.PeeringIdentity;
import io.peerbot.adapter.aws.seal.RecordSeal;
import io.peerbot.adapter.aws.seal.RecordVerdict;
import io.peerbot.adapter.aws.seal.SealCheck;
import io.peerbot.adapter.aws.seal.SealMacs;
import io.peerbot.adapter.aws.seal.SealOutcome;
import io.peerbot.adapter.aws.seal.SealTags;
import io.peerbot.adapter.aws.seal.SealedRecordReader;
import io.peerbot.application.lease.Pause;
import io.peerbot.application.port.Caller;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Managed peerings in their connection's tags, written and read with {@link PeeringRecord}, sealed with
 * {@link RecordSeal}. Each account sees only its own tags on a peering, so every save writes the same sealed
 * record into both accounts' view (one when both ends are in one account), and every read checks both copies
 * with {@link SealedRecordReader}: a record that does not verify is {@link Untrusted}, never {@link Found}.
 *
 * <p>A save needs the copies as they stand (for the next sequence number and the tags to drop). The copies a
 * verified read or a save of this process saw are kept a few minutes, so a decision that read the record does not
 * describe the peering again to save it. A copy someone edits in between is overwritten by the save, and any
 * {@code peerbot:} tag they added makes the next read untrusted: never acted on.
 *
 * <p>Each save's sequence number goes to the {@link SequenceLedger} after the tags, and each read compares the
 * record's with the ledger's: an older record restored is untrusted even where there is one copy. A record that
 * does not verify is looked at again before it is called untrusted, since a save may be under way.
 */
public final class TaggedPeerings implements ManagedPeerings {
    private static final Logger log = LoggerFactory.getLogger(TaggedPeerings.class);
    private static final Duration COPIES_KEPT = Duration.ofMinutes(5);
    /**
     * How far apart a request's asking and EC2's making of its connection may be: seconds apart in fact; the slack is
     * for the clocks, and EC2 dates to the second.
     */
    private static final Duration ASKED_TO_MADE = Duration.ofMinutes(5);
    /**
     * When to look again at a record that did not verify: at once (a save landed between the describe and the
     * ledger's read), then twice more while a save half done finishes (its call in the other account).
     */
    private static final List<Duration> LOOKS_AGAIN_AFTER = List.of(Duration.ZERO, Duration.ofMillis(100),
            Duration.ofMillis(400));

    private final Ec2Gateways gateways;
    private final RecordSeal seal;
    private final SealedRecordReader reader;
    private final SequenceLedger ledger;
    private final Pause pause;
    private final Cache<String, Copies> lastSeen = Caffeine.newBuilder().expireAfterWrite(COPIES_KEPT)
            .maximumSize(10_000).build();

    /** Both accounts' copies of a record (the accepter's empty when both ends are in one account). */
    private record Copies(Map<String, String> requester, Map<String, String> accepter) {
    }

    /** Without a ledger: a rollback shows only as copies of a cross-account peering that disagree. */
    public TaggedPeerings(Ec2Gateways gateways, SealMacs keys) {
        this(gateways, keys, SequenceLedger.none());
    }

    public TaggedPeerings(Ec2Gateways gateways, SealMacs keys, SequenceLedger ledger) {
        this(gateways, keys, ledger, Pause.sleeping());
    }

    /** @param pause waits between two looks at a record that did not verify (see {@link #lookup}) */
    TaggedPeerings(Ec2Gateways gateways, SealMacs keys, SequenceLedger ledger, Pause pause) {
        this.gateways = gateways;
        this.seal = new RecordSeal(keys);
        this.reader = new SealedRecordReader(seal);
        this.ledger = ledger;
        this.pause = pause;
    }

    @Override
    public Lookup find(PcxId id, Location where) {
        Optional<PeeringConnection> connection = gateways.at(where).peering(id.value());
        if (connection.isEmpty()) {
            return new Missing(id);
        }
        return lookup(connection.get(), where);
    }

    /**
     * Judges a peering's record as described, and reads it again before calling it untrusted or unreadable: a save
     * of this process or another replica can land between the describe and the ledger's read (the tags then look
     * older than the ledger), or be half done (one account's copy written: without a ledger entry below it, that
     * cannot be told from a copy restored). Each new look reads the ledger first, then the tags, so a save the
     * ledger counts is already in them; a record changed outside the bot stays untrusted through every look.
     */
    private Lookup lookup(PeeringConnection connection, Location where) {
        PcxId id = new PcxId(connection.id());
        Lookup lookup = judge(connection, where, () -> ledger.highest(id.value()));
        for (Duration wait : LOOKS_AGAIN_AFTER) {
            // an unsaved request still pending may be saved any moment; one no longer pending never will be
            if (!(lookup instanceof Untrusted || lookup instanceof Unreadable
                    || lookup instanceof Unsaved unsaved && unsaved.status().pending())) {
                return lookup;
            }
            try {
                pause.pause(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return lookup;
            }
            OptionalLong highest = ledger.highest(id.value());
            Optional<PeeringConnection> again = gateways.at(where).peering(id.value());
            if (again.isEmpty()) {
                return new Missing(id);
            }
            lookup = judge(again.get(), where, () -> highest);
        }
        return lookup;
    }

    private Lookup judge(PeeringConnection connection, Location where, Supplier<OptionalLong> highestWritten) {
        PcxId id = new PcxId(connection.id());
        if (!claimed(connection)) {
            Optional<PeeringConnection> requesters = requestersView(connection, where);
            return requesters.isPresent() ? judge(requesters.get(), requesters.get().requester().location(),
                    highestWritten) : new NotManaged(id);
        }
        Optional<String> unreadable = PeeringRecord.whyUnreadable(connection);
        if (unreadable.isPresent()) {
            return new Unreadable(id, unreadable.get());
        }
        RecordVerdict verdict = verdict(connection, where, highestWritten);
        if (verdict.outcome() == SealOutcome.UNSAVED) {
            Map<String, String> created = verdict.requester().record();
            Instant askedAt = PeeringRecord.createdAt(created).orElse(Instant.EPOCH);
            Optional<String> copied = madeForAnotherRequest(connection, askedAt);
            if (copied.isPresent()) {
                return new Untrusted(id, Optional.empty(), copied.get());
            }
            return new Unsaved(id, connection.requester().location(), thread(created), askedAt, connection.status());
        }
        if (!verdict.trusted()) {
            lastSeen.invalidate(id.value());
            return new Untrusted(id, threadOfAValidCopy(verdict), verdict.reason());
        }
        return new Found(PeeringRecord.decode(withRecord(connection, verdict.record())).orElseThrow(),
                connection.status());
    }

    /**
     * A record as created is sealed before EC2 names the connection, so it is not bound to it; but it says when it
     * was asked for, and EC2 dates the connection (by its expiration). A copy onto another request between the same
     * VPCs (made once this one was gone: AWS allows one at a time) is dated later. Empty when they agree, or EC2 does
     * not date it.
     */
    private static Optional<String> madeForAnotherRequest(PeeringConnection connection, Instant askedAt) {
        Optional<Instant> made = connection.madeAt();
        if (made.isEmpty() || Duration.between(askedAt, made.get()).abs().compareTo(ASKED_TO_MADE) <= 0) {
            return Optional.empty();
        }
        return Optional.of("its record as created is of a request asked for at " + askedAt + ", but EC2 made this "
                + "connection at " + made.get() + ": the record was copied from another request");
    }

    /**
     * The connection as its requester's account sees it, when it is seen from the accepter's with no record there but
     * the requester's copy says the bot made it: a first save that stopped before the accepter's copy, or that copy
     * edited. Empty when it was seen from the requester's account, or that account is outside the organisation.
     */
    private Optional<PeeringConnection> requestersView(PeeringConnection connection, Location where) {
        Location requester = connection.requester().location();
        if (seenFrom(where, requester) || gateways.foreign(requester.account())) {
            return Optional.empty();
        }
        return gateways.at(requester).peering(connection.id()).filter(TaggedPeerings::claimed);
    }

    /**
     * Whether the connection says peerbot made it: tagged {@code peerbot:managed=true}, or sealed. A seal left on a
     * connection whose managed tag was taken away or changed is a record edited outside peerbot, not a connection
     * of someone else's, so the edit is reported and the watches still see it.
     */
    private static boolean claimed(PeeringConnection connection) {
        return PeeringRecord.managed(connection) || connection.tags().containsKey(SealTags.SEAL);
    }

    /**
     * The connection with the verified record's tags in place of the ones it was described with: the same, except
     * when a save reached only one account and this is the other's view.
     */
    private static PeeringConnection withRecord(PeeringConnection connection, Map<String, String> record) {
        Map<String, String> tags = new java.util.HashMap<>(connection.tags());
        tags.keySet().removeIf(SealTags::covered);
        tags.putAll(record);
        return new PeeringConnection(connection.id(), connection.requester(), connection.accepter(),
                connection.status(), connection.statusMessage(), tags, connection.statusCode(),
                connection.expiresAt());
    }

    @Override
    public List<Lookup> managedIn(Location where) {
        List<Lookup> found = new ArrayList<>();
        for (PeeringConnection connection : gateways.at(where).managedPeerings()) {
            if (!connection.requester().location().equals(where)) {
                continue;
            }
            Lookup lookup = lookup(connection, where);
            if (lookup instanceof Found || lookup instanceof Untrusted || lookup instanceof Unsaved) {
                found.add(lookup);
            }
        }
        return found;
    }

    @Override
    public Lookup recordOf(PeeringConnection connection) {
        return lookup(connection, connection.requester().location());
    }

    @Override
    public PcxId create(ManagedPeering draft, String requesterName, String accepterName) {
        // Sealed over both ends alone: EC2 names the connection only once it made it with these tags.
        Map<String, String> tags = seal.sealAtCreation(new PeeringIdentity("", draft.requester().location(),
                draft.requester().vpcId(), draft.accepter().location(), draft.accepter().vpcId()),
                PeeringRecord.encode(draft, requesterName, accepterName));
        // Asked for by the requester: in another account the role session names them (there is no pcx-… yet).
        Ec2Gateway requesters = gateways.at(draft.requester().location(), Caller.of(draft.requestedBy()));
        PcxId made = new PcxId(requesters.createPeering(draft.requester().vpcId(), draft.accepter().vpcId(),
                draft.accepter().location(), tags));
        // EC2 made it with these tags, and the accepter's account sees none of them: no need to describe it again.
        lastSeen.put(made.value(), new Copies(tags, Map.of()));
        try {
            // The accepter's account gets the same name with the sealed record.
            save(draft.withId(made), Map.of(PeeringRecord.NAME, tags.get(PeeringRecord.NAME)));
        } catch (CloudException e) {
            throw withdrawn(requesters, made, e);
        }
        return made;
    }

    /**
     * Deletes a request whose first save failed (only the bot made it, in this very call): the asker is told it was
     * not made, so it must not stay pending. Returns what to throw: {@code why}, or {@link LeftPending} when the
     * delete failed too.
     */
    private static CloudException withdrawn(Ec2Gateway requesters, PcxId made, CloudException why) {
        try {
            requesters.deletePeering(made.value());
            log.warn("the record of {} could not be saved, so the request was deleted", made, why);
            return why;
        } catch (CloudException e) {
            why.addSuppressed(e);
            log.error("the record of {} could not be saved, nor the request deleted: it stays pending acceptance "
                    + "until someone rejects or deletes it in EC2", made, why);
            return new LeftPending(made, why);
        }
    }

    @Override
    public PeeringStatus withdraw(Unsaved request) {
        if (!request.status().pending()) {
            return request.status();
        }
        gateways.at(request.requesterAt()).deletePeering(request.id().value());
        lastSeen.invalidate(request.id().value());
        log.info("withdrew {}: peerbot had stopped between creating the request and saving it", request.id());
        return PeeringStatus.DELETED;
    }

    @Override
    public Optional<PeeringConnection> requested(PcxId id, Location requesterAt) {
        return Optional.of(gateways.at(requesterAt).awaitRequested(id.value()));
    }

    @Override
    public void save(ManagedPeering peering) {
        save(peering, Map.of());
    }

    /** @param accepterOnly tags for the accepter's view alone, written in the same call as the record */
    private void save(ManagedPeering peering, Map<String, String> accepterOnly) {
        PeeringIdentity identity = new PeeringIdentity(peering.id().value(), peering.requester().location(),
                peering.requester().vpcId(), peering.accepter().location(), peering.accepter().vpcId());
        Copies seen = lastSeen.getIfPresent(peering.id().value());
        Map<String, String> requesterView = seen != null ? seen.requester()
                : view(peering.id(), peering.requester().location());
        Map<String, String> accepterView = identity.oneAccount() ? Map.of()
                : seen != null ? seen.accepter() : view(peering.id(), peering.accepter().location());
        // Never a number the ledger has seen: a record saved over a restored older one is still the newest.
        long sequence = Math.max(reader.read(identity, requesterView, accepterView).nextSequence(),
                ledger.highest(peering.id().value()).orElse(0) + 1);
        Map<String, String> record = PeeringRecord.encode(peering);
        Map<String, String> sealed = seal.seal(identity, LeftoverTags.kept(record, requesterView, accepterView),
                sequence);
        boolean leftoversFit = LeftoverTags.fit(sealed, requesterView, Map.of())
                && LeftoverTags.fit(sealed, accepterView, accepterOnly);
        if (!leftoversFit) {
            log.info("the record of {} cannot keep the tags it no longer has within EC2's {} tags: they are removed "
                    + "before it is written", peering.id(), PeeringRecord.MAX_TAGS);
            sealed = seal.seal(identity, record, sequence);
        }
        lastSeen.invalidate(peering.id().value());
        write(peering.id(), peering.requester().location(), requesterView, sealed);
        if (!identity.oneAccount()) {
            Map<String, String> accepterTags = new java.util.LinkedHashMap<>(accepterOnly);
            accepterTags.putAll(sealed);
            write(peering.id(), peering.accepter().location(), accepterView, accepterTags);
        }
        ledger.wrote(peering.id().value(), sequence);
        lastSeen.put(peering.id().value(), new Copies(sealed, identity.oneAccount() ? Map.of() : sealed));
    }

    /**
     * Tags the record in one account's view: one call, as the tags it no longer has are kept empty in it, but where
     * they did not fit ({@link LeftoverTags#fit}), which are removed first so that the tags written fit.
     */
    private void write(PcxId id, Location where, Map<String, String> view, Map<String, String> sealed) {
        Set<String> left = new TreeSet<>();
        view.keySet().stream().filter(SealTags::covered).filter(k -> !sealed.containsKey(k)).forEach(left::add);
        if (!left.isEmpty()) {
            gateways.at(where).untagPeering(id.value(), left);
        }
        gateways.at(where).tagPeering(id.value(), sealed);
    }

    private Map<String, String> view(PcxId id, Location where) {
        return gateways.at(where).peering(id.value()).map(PeeringConnection::tags).orElse(Map.of());
    }

    private RecordVerdict verdict(PeeringConnection connection, Location where,
                                  Supplier<OptionalLong> highestWritten) {
        PeeringSide requester = connection.requester();
        PeeringSide accepter = connection.accepter();
        PeeringIdentity identity = new PeeringIdentity(connection.id(), requester.location(), requester.vpcId(),
                accepter.location(), accepter.vpcId());
        PcxId id = new PcxId(connection.id());
        Map<String, String> requesterView = seenFrom(where, requester.location())
                ? connection.tags() : view(id, requester.location());
        Map<String, String> accepterView = identity.oneAccount() ? Map.of()
                : seenFrom(where, accepter.location()) ? connection.tags() : view(id, accepter.location());
        RecordVerdict verdict = reader.read(identity, requesterView, accepterView);
        if (verdict.trusted() || verdict.outcome() == SealOutcome.ROLLBACK
                || verdict.outcome() == SealOutcome.UNSAVED) {
            verdict = SealedRecordReader.againstLedger(identity, verdict, highestWritten.get());
        }
        if (verdict.trusted()) {
            lastSeen.put(id.value(), new Copies(requesterView, accepterView));
            if (verdict.accepter().isPresent()
                    && !verdict.requester().sequence().equals(verdict.accepter().get().sequence())) {
                log.warn("the copies of the record of {} disagree: {}", id, verdict.reason());
            }
        }
        return verdict;
    }

    private static boolean seenFrom(Location where, Location side) {
        return where.account().equals(side.account()) && where.region().equals(side.region());
    }

    /** The thread a copy the bot did seal names: where to report that the other copy is not to be trusted. */
    private static Optional<MessageRef> threadOfAValidCopy(RecordVerdict verdict) {
        return Stream.concat(Stream.of(verdict.requester()), verdict.accepter().stream())
                .filter(SealCheck::valid)
                .map(SealCheck::record)
                .map(TaggedPeerings::thread)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<MessageRef> thread(Map<String, String> record) {
        String channel = record.get(PeeringRecord.CHANNEL);
        String ts = record.get(PeeringRecord.THREAD);
        if (channel == null || ts == null || !SlackIds.CHANNEL.matcher(channel).matches()
                || !SlackIds.MESSAGE_TS.matcher(ts).matches()) {
            return Optional.empty();
        }
        return Optional.of(new MessageRef(channel, ts));
    }

    /** A tag value holds {@link TagText#MAX_VALUE} characters; a character other than a plain one takes 3 to 12. */
    @Override
    public boolean keepsWhole(String text) {
        return TagText.escape(text).length() <= TagText.MAX_VALUE;
    }
}
