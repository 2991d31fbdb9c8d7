package io.peerbot.application.request;

import io.peerbot.application.lease.LocalLeases;
import io.peerbot.application.port.Leases;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.network.VpcSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests for the same two VPCs made at the same time: the first goes ahead and the others are told who is
 * asking, with a link to that request's card. The "existing peering" check reads AWS before the peering is
 * created, so without this two requests checked at once would both pass it. A claim outlives the create by
 * {@link #HOLD}, longer than any check takes, so a request that read AWS before the first one created its
 * peering is still stopped here. Across replicas, AWS's own rule (one peering between two VPCs) refuses the
 * second create. Replicas that share {@link Leases} also hold a lease on the pair for as long as the claim, so a
 * request on another replica is stopped here too (told only that someone else is asking: who, and their card,
 * that replica knows).
 */
public final class PairClaims {
    private static final Logger log = LoggerFactory.getLogger(PairClaims.class);
    static final Duration HOLD = Duration.ofMinutes(2);

    /**
     * Who holds the pair, the card of their request once posted, and until when the claim holds; {@code askedBy}
     * is empty when the pair is held by another replica.
     */
    public record Claim(String askedBy, Optional<MessageRef> card, Instant until) {
    }

    /** Two VPCs, whichever asks to reach the other: each as {@code account:region/vpc-id}, in order. */
    public record Pair(String first, String second) {
        public static Pair of(VpcSnapshot one, VpcSnapshot other) {
            String a = one.location() + "/" + one.id();
            String b = other.location() + "/" + other.id();
            return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }

        String leaseKey() {
            return "pair/" + first + "+" + second;
        }
    }

    private final ConcurrentHashMap<Pair, Claim> claims = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Pair, Leases.Lease> leased = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Leases leases;

    public PairClaims(Clock clock) {
        this(clock, new LocalLeases(clock));
    }

    public PairClaims(Clock clock, Leases leases) {
        this.clock = clock;
        this.leases = leases;
    }

    /** Takes the pair for {@code askedBy}; empty when taken, else the claim that holds it. */
    public Optional<Claim> claim(Pair pair, String askedBy) {
        Instant now = clock.instant();
        claims.values().removeIf(claim -> claim.until().isBefore(now));
        Claim mine = new Claim(askedBy, Optional.empty(), Instant.MAX);
        Claim held = claims.compute(pair,
                (key, current) -> current == null || current.until().isBefore(now) ? mine : current);
        if (held != mine) {
            return Optional.of(held);
        }
        Optional<Leases.Lease> lease;
        try {
            lease = leases.tryAcquire(pair.leaseKey(), HOLD);
        } catch (RuntimeException e) {
            // the store could not be asked: left in place, the claim would refuse this pair until a restart
            claims.remove(pair, mine);
            throw e;
        }
        if (lease.isEmpty()) {
            claims.remove(pair, mine);
            return Optional.of(new Claim("", Optional.empty(), now.plus(HOLD)));
        }
        Optional.ofNullable(leased.put(pair, lease.get())).ifPresent(Leases.Lease::close);
        return Optional.empty();
    }

    /** The claim's request has its card at {@code card}: others are pointed to it. */
    public void cardPosted(Pair pair, MessageRef card) {
        claims.computeIfPresent(pair, (key, current) ->
                new Claim(current.askedBy(), Optional.of(card), current.until()));
    }

    /** The peering is created: AWS shows it from now on; the claim holds a little longer (see above). */
    public void created(Pair pair) {
        Instant until = clock.instant().plus(HOLD);
        claims.computeIfPresent(pair, (key, current) ->
                new Claim(current.askedBy(), current.card(), until));
        Optional.ofNullable(leased.remove(pair)).ifPresent(PairClaims::holdOn);
    }

    /**
     * The pair's lease held for {@link #HOLD} from now. The peering exists by then: a store that cannot be asked
     * must not fail its request. The lease then lapses at its first term, and AWS's one peering between two VPCs
     * still refuses a second create.
     */
    private static void holdOn(Leases.Lease lease) {
        try {
            lease.renew(HOLD);
        } catch (RuntimeException e) {
            log.warn("could not hold the {} on after its peering was created; it expires at its first term: {}",
                    lease, e.getMessage());
        }
    }

    /**
     * The request is over: if it created nothing, the pair is free at once; a created peering's claim holds
     * until its time.
     */
    public void release(Pair pair) {
        claims.computeIfPresent(pair, (key, current) -> current.until().equals(Instant.MAX) ? null : current);
        Optional.ofNullable(leased.remove(pair)).ifPresent(Leases.Lease::close);
    }
}
