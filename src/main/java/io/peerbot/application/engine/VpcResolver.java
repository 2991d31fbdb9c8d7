package io.peerbot.application.engine;

import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.validation.Rejection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the one VPC a person meant: by id or {@code Name} tag, in the bot's own account and region
 * unless the reference names others.
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

    private final Ec2Gateways gateways;

    public VpcResolver(Ec2Gateways gateways) {
        this.gateways = gateways;
    }

    /** Where a reference points: its qualifiers, else the bot's own account and region. */
    public Location locationOf(VpcRef ref) {
        if (ref.account().isPresent() && ref.region().isPresent()) {
            return new Location(ref.account().get(), ref.region().get());
        }
        Location home = gateways.home();
        return new Location(ref.account().orElse(home.account()), ref.region().orElse(home.region()));
    }

    public Resolution resolve(VpcRef ref) {
        Ec2Gateway ec2 = gateways.at(locationOf(ref));
        List<VpcSummary> matches = ec2.findVpcs(ref.nameOrId());
        if (matches.size() == 1) {
            return new Found(matches.get(0));
        }
        if (matches.size() > 1) {
            return new NotFound(new Rejection.AmbiguousVpc(ref.toString(), matches));
        }
        return new NotFound(new Rejection.UnknownVpc(ref.toString(), candidates(ec2.listVpcs(), ref.nameOrId())));
    }

    /** The VPCs there, those whose name or id resembles the reference first. */
    static List<VpcSummary> candidates(List<VpcSummary> all, String typed) {
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
