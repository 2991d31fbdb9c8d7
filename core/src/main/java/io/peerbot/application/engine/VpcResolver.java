package io.peerbot.application.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.validation.Rejection;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the one VPC a person meant: by id or {@code Name} tag, in the bot's own account and region
 * unless the reference names others; an unqualified reference found nowhere there is looked for in the
 * watched accounts and regions, and must match exactly one VPC across them. A reference into an account
 * outside the organisation is refused before anything is asked of that account.
 */
public final class VpcResolver {
    /** Enough candidates to spot a typo, few enough to read in a chat message. */
    static final int MAX_CANDIDATES = 10;

    /** The VPC found, or why none could be chosen. */
    public sealed interface Resolution {
    }

    public record Found(VpcSummary vpc) implements Resolution {
    }

    public record NotFound(Rejection reason) implements Resolution {
    }

    /** How long a name found to mean one VPC keeps meaning it; names and ids of VPCs rarely change. */
    static final Duration FOUND_FOR = Duration.ofMinutes(1);

    private final Ec2Gateways gateways;
    private final List<Location> alsoSearched;
    private final Cache<VpcRef, Found> found = Caffeine.newBuilder().expireAfterWrite(FOUND_FOR)
            .maximumSize(10_000).build();

    public VpcResolver(Ec2Gateways gateways) {
        this(gateways, List.of());
    }

    /**
     * @param alsoSearched where an unqualified reference not found in the bot's own account and region is
     *                     looked for next (the watched accounts and regions)
     */
    public VpcResolver(Ec2Gateways gateways, List<Location> alsoSearched) {
        this.gateways = gateways;
        this.alsoSearched = List.copyOf(alsoSearched);
    }

    /** Where a reference points: its qualifiers, else the bot's own account and region. */
    public Location locationOf(VpcRef ref) {
        if (ref.account().isPresent() && ref.region().isPresent()) {
            return new Location(ref.account().get(), ref.region().get());
        }
        Location home = gateways.home();
        return new Location(ref.account().orElse(home.account()), ref.region().orElse(home.region()));
    }

    /**
     * The VPC a reference means. A reference that found exactly one VPC is remembered for {@link #FOUND_FOR};
     * one that found none or several is looked up afresh each time, so a VPC made or renamed since is seen.
     */
    public Resolution resolve(VpcRef ref) {
        Found known = found.getIfPresent(ref);
        if (known != null) {
            return known;
        }
        Resolution resolution = lookUp(ref);
        if (resolution instanceof Found one) {
            found.put(ref, one);
        }
        return resolution;
    }

    private Resolution lookUp(VpcRef ref) {
        Location location = locationOf(ref);
        if (gateways.foreign(location.account())) {
            return new NotFound(new Rejection.AccountNotAllowed(ref.toString(), location.account()));
        }
        Ec2Gateway ec2 = gateways.at(location);
        List<VpcSummary> matches = ec2.findVpcs(ref.nameOrId());
        if (matches.isEmpty() && ref.account().isEmpty() && ref.region().isEmpty()) {
            matches = alsoSearched.stream().filter(l -> !l.equals(ec2.location()))
                    .flatMap(l -> gateways.at(l).findVpcs(ref.nameOrId()).stream()).toList();
        }
        if (matches.size() == 1) {
            return new Found(matches.get(0));
        }
        if (matches.size() > 1) {
            return new NotFound(new Rejection.AmbiguousVpc(ref.toString(), matches));
        }
        return new NotFound(new Rejection.UnknownVpc(ref.toString(), candidates(ec2.listVpcs(), ref.nameOrId())));
    }

    /** The VPCs there, those whose name or id resembles the reference first. */
    public static List<VpcSummary> candidates(List<VpcSummary> all, String typed) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        Comparator<VpcSummary> resemblance = Comparator.comparingInt(v -> -resemblance(v, wanted));
        return all.stream().sorted(resemblance.thenComparing(VpcSummary::displayName))
                .limit(MAX_CANDIDATES).toList();
    }

    private static int resemblance(VpcSummary vpc, String wanted) {
        String name = vpc.name().orElse("").toLowerCase(Locale.ROOT);
        if (name.equals(wanted)) {
            return 3;
        }
        if (!wanted.isEmpty() && (name.contains(wanted) || wanted.contains(name) && !name.isEmpty()
                || vpc.id().contains(wanted))) {
            return 2;
        }
        return 0;
    }
}
