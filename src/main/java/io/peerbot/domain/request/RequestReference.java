package io.peerbot.domain.request;

import io.peerbot.domain.network.Location;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a button carries: only where to find the request in AWS ({@code pcx-…@account:region}).
 * Everything else is read back from AWS on every click.
 */
public record RequestReference(String pcxId, Location location) {
    private static final Pattern FORM =
            Pattern.compile("(pcx-[0-9a-f]{8,17})@(\\d{12}):([a-z]{2}(?:-[a-z]+)+-\\d)");

    public String encode() {
        return pcxId + "@" + location.account() + ":" + location.region();
    }

    /** Empty for anything that is not exactly a reference (a forged or mangled value). */
    public static Optional<RequestReference> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RequestReference(m.group(1), new Location(m.group(2), m.group(3))));
    }
}
