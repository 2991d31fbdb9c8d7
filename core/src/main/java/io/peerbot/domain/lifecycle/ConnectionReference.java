package io.peerbot.domain.lifecycle;

import io.peerbot.domain.network.Location;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Where a peering connection is found in AWS, {@code pcx-…@account:region}: what a button on a connection
 * peerbot did not make carries, and the first part of every other button's value ({@link ChangeReference},
 * the drift watch's). Everything else is read back from AWS on the click.
 */
public record ConnectionReference(PcxId pcxId, Location location) {
    /** The form as a regular expression with three groups (the pcx, the account, the region), to embed. */
    public static final String FORM = "(pcx-[0-9a-f]{8,17})@(\\d{12}):([a-z]{2}(?:-[a-z]+)+-\\d)";
    private static final Pattern ALONE = Pattern.compile(FORM);

    public ConnectionReference {
        Objects.requireNonNull(pcxId, "pcxId");
        Objects.requireNonNull(location, "location");
    }

    /**
     * From a match of a pattern that begins with {@link #FORM}.
     *
     * @throws IllegalArgumentException when the matched text is not a valid pcx, account or region
     */
    public static ConnectionReference from(MatchResult match) {
        return new ConnectionReference(new PcxId(match.group(1)), new Location(match.group(2), match.group(3)));
    }

    public String encode() {
        return pcxId + "@" + location.account() + ":" + location.region();
    }

    /** Empty for anything that is not exactly a reference (a forged or mangled value). */
    public static Optional<ConnectionReference> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var m = ALONE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(from(m));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
