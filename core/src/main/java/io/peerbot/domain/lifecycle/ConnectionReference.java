package io.peerbot.domain.lifecycle;

import io.peerbot.domain.network.Location;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a button on a peering connection peerbot did not make carries: the connection and the account and region
 * it was seen from, {@code pcx-…@account:region}. Everything else is read back from AWS on the click.
 */
public record ConnectionReference(PcxId pcxId, Location location) {
    private static final Pattern FORM = Pattern.compile("(pcx-[0-9a-f]{8,17})@(\\d{12}):([a-z]{2}(?:-[a-z]+)+-\\d)");

    public ConnectionReference {
        Objects.requireNonNull(pcxId, "pcxId");
        Objects.requireNonNull(location, "location");
    }

    public String encode() {
        return pcxId + "@" + location.account() + ":" + location.region();
    }

    /** Empty for anything that is not exactly a reference (a forged or mangled value). */
    public static Optional<ConnectionReference> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConnectionReference(new PcxId(m.group(1)), new Location(m.group(2), m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
