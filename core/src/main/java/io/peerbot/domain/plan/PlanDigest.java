package io.peerbot.domain.plan;

import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.RuleTargets;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortRange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A fingerprint of exactly what a plan changes: both sides' VPC and place, the routes per table, the rules per
 * group (from a block or a group), and the options that shape them (ports, subnets, DNS, the groups picked,
 * both ways and source groups when asked for, {@code --override-routes}). Two plans with the same changes in another order
 * have the same digest; any added, removed or altered route, rule or option gives another. Notes (wording) are
 * left out. The first 128 bits of SHA-256 as 32 hex digits: short enough for one tag value.
 *
 * <p>Each entry is a list of fields, each written as its length and its text, so no choice of ids can make two
 * different plans encode alike; the entries are sorted before hashing.
 */
public record PlanDigest(String value) {
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{32}");
    private static final String VERSION = "plan-digest-v1";
    private static final String REMOVAL_VERSION = "removal-digest-v1";
    private static final String ENDING_VERSION = "ending-digest-v1";
    private static final String RENEWAL_VERSION = "renewal-digest-v1";

    public PlanDigest {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a plan digest is 32 lowercase hex digits: " + value);
        }
    }

    public static PlanDigest of(Plan plan) {
        List<String> entries = new ArrayList<>();
        for (Side side : Side.values()) {
            SidePlan part = plan.side(side);
            entries.add(entry("vpc", side.label(), part.vpcId(), part.location().account(), part.location().region()));
            part.routes().forEach(r -> entries.add(entry("route", side.label(), r.routeTableId(),
                    r.destination().toString())));
            part.rules().forEach(r -> entries.add(entry("rule", side.label(), r.groupId(), r.ports().toString(),
                    r.sourceText())));
        }
        PeeringOptions options = plan.options();
        options.ports().stream().map(PortRange::toString).distinct()
                .forEach(ports -> entries.add(entry("option-port", ports)));
        options.subnets().stream().distinct().forEach(subnet -> entries.add(entry("option-subnet", subnet)));
        entries.add(entry("option-dns", String.valueOf(options.dns())));
        RuleTargets targets = options.targets();
        if (!targets.isDefault()) {
            // only when asked for, so the digest of a plan made without these options stays what it was
            targets.to().stream().distinct().forEach(group -> entries.add(entry("option-to", group)));
            targets.from().stream().distinct().forEach(group -> entries.add(entry("option-from", group)));
            entries.add(entry("option-both-ways", String.valueOf(targets.bothWays())));
            entries.add(entry("option-source-groups", String.valueOf(targets.sourceGroups())));
        }
        if (options.overrideRoutes()) {
            // only when given, so plans made before the option existed keep their digest
            entries.add(entry("option-override-routes", "true"));
        }
        return hashed(VERSION, entries);
    }

    /**
     * The fingerprint of what a close or a delete takes away: both sides' VPC and place, each route through the
     * peering per table and each of peerbot's rules per group, by rule id.
     */
    public static PlanDigest of(Removal removal) {
        List<String> entries = new ArrayList<>();
        for (Side side : Side.values()) {
            SideRemoval part = removal.side(side);
            entries.add(entry("vpc", side.label(), part.vpcId(), part.location().account(), part.location().region()));
            part.routes().forEach(r -> entries.add(entry("remove-route", side.label(), r.routeTableId(),
                    r.destination().toString())));
            part.rules().forEach(r -> entries.add(entry("revoke-rule", side.label(), r.groupId(), r.ruleId(),
                    String.valueOf(r.ports()), String.valueOf(r.source()))));
        }
        return hashed(REMOVAL_VERSION, entries);
    }

    /** The fingerprint of a plan whose work is taken away again at {@code end}: consent is to both. */
    public static PlanDigest ending(PlanDigest plan, Instant end) {
        List<String> entries = new ArrayList<>();
        entries.add(entry("plan", plan.value()));
        entries.add(entry("ends", end.toString()));
        return hashed(ENDING_VERSION, entries);
    }

    /** The fingerprint of a renewal: which peering, which ports (none: the whole peering), the new end. */
    public static PlanDigest renewal(String pcxId, List<PortRange> ports, Instant end) {
        List<String> entries = new ArrayList<>();
        entries.add(entry("renew", pcxId));
        ports.forEach(p -> entries.add(entry("renew-port", p.toString())));
        entries.add(entry("ends", end.toString()));
        return hashed(RENEWAL_VERSION, entries);
    }

    private static PlanDigest hashed(String version, List<String> entries) {
        entries.sort(null);
        StringBuilder canonical = new StringBuilder(field(version));
        entries.forEach(e -> canonical.append(field(e)));
        byte[] hash = sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return new PlanDigest(HexFormat.of().formatHex(hash, 0, 16));
    }

    public boolean matches(Plan plan) {
        return equals(of(plan));
    }

    private static String entry(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            sb.append(field(f));
        }
        return sb.toString();
    }

    private static String field(String text) {
        return text.length() + ":" + text + ";";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
