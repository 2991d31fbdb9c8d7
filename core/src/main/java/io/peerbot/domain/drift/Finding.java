package io.peerbot.domain.drift;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One thing the drift watch saw a peering differ in from its approved plan. Each has a fingerprint of exactly
 * what it names: the same drift seen again has the same fingerprint, any change to it gives another.
 */
public sealed interface Finding {

    /** What the finding names, one entry per resource, in a fixed order: what its fingerprint is made of. */
    List<String> entries();

    /** The side a repair of it would act on, if it is one a repair restores. */
    default Optional<Side> repairs() {
        return Optional.empty();
    }

    /** Whether Extend (a change both sides approve) would bring it into the approved plan. */
    default boolean extendable() {
        return false;
    }

    /** 16 hex digits of SHA-256 over the kind and the entries. */
    default String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(getClass().getSimpleName().getBytes(StandardCharsets.UTF_8));
            for (String entry : entries()) {
                sha.update((byte) 0);
                sha.update(entry.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Routes and rules of the approved plan that are gone from one side (deleted by someone). */
    record Missing(Side side, List<RouteChange> routes, List<RuleChange> rules) implements Finding {
        public Missing {
            routes = List.copyOf(routes);
            rules = List.copyOf(rules);
        }

        @Override
        public List<String> entries() {
            return Entries.of(side, routes, rules);
        }

        @Override
        public Optional<Side> repairs() {
            return Optional.of(side);
        }
    }

    /**
     * Growth the approved plan does not cover: a new route table or group in scope, a new block on either side.
     * {@code growth} is the routes and rules Extend would add; {@code newBlocks} the blocks among them.
     */
    record Growth(Plan growth, List<Cidr> newBlocks) implements Finding {
        public Growth {
            newBlocks = List.copyOf(newBlocks);
        }

        @Override
        public List<String> entries() {
            List<String> all = new ArrayList<>(Entries.of(Side.REQUESTER, growth.requester().routes(),
                    growth.requester().rules()));
            all.addAll(Entries.of(Side.ACCEPTER, growth.accepter().routes(), growth.accepter().rules()));
            return all;
        }

        @Override
        public boolean extendable() {
            return true;
        }
    }

    /** Routes through the peering that are blackholes while it is active. */
    record Blackholes(Side side, List<RouteChange> routes) implements Finding {
        public Blackholes {
            routes = List.copyOf(routes);
        }

        @Override
        public List<String> entries() {
            return Entries.of(side, routes, List.of());
        }
    }

    /** Routes through the peering that no approved plan asked for: someone else made them. */
    record Unmade(Side side, List<RouteChange> routes) implements Finding {
        public Unmade {
            routes = List.copyOf(routes);
        }

        @Override
        public List<String> entries() {
            return Entries.of(side, routes, List.of());
        }
    }

    /** The peering is no longer active in EC2: deleted or rejected outside peerbot. */
    record PeeringGone(PeeringStatus status) implements Finding {
        @Override
        public List<String> entries() {
            return List.of(status.code());
        }
    }

    /** How routes and rules are written into entries. */
    final class Entries {
        private Entries() {
        }

        static List<String> of(Side side, List<RouteChange> routes, List<RuleChange> rules) {
            List<String> all = new ArrayList<>();
            routes.forEach(r -> all.add(side.label() + " route " + r.routeTableId() + " " + r.destination()));
            rules.forEach(r -> all.add(side.label() + " rule " + r.groupId() + " " + r.ports() + " " + r.sourceText()));
            return all.stream().sorted().toList();
        }
    }
}
