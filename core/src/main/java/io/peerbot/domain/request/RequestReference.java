package io.peerbot.domain.request;

import io.peerbot.domain.network.Location;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a button carries: only where to find the request in AWS ({@code pcx-…@account:region}) and, on a
 * change's buttons, which change ({@code pcx-…@account:region#delete-1732870100123}: its kind and
 * {@link PeeringChange#id()}). Everything else is read back from AWS on every click.
 */
public record RequestReference(String pcxId, Location location, Optional<ChangeRef> change) {
    private static final Pattern FORM = Pattern.compile("(pcx-[0-9a-f]{8,17})@(\\d{12}):([a-z]{2}(?:-[a-z]+)+-\\d)"
            + "(?:#(open|close|delete)-(\\d{1,18}))?");

    /** Which change of the peering a button decides. */
    public record ChangeRef(ChangeKind kind, long id) {
        public boolean names(PeeringChange change) {
            return change.kind() == kind && change.id() == id;
        }
    }

    /** A reference to the request itself (its card's buttons). */
    public RequestReference(String pcxId, Location location) {
        this(pcxId, location, Optional.empty());
    }

    /** A reference to one change of the request (the change message's buttons). */
    public static RequestReference toChange(String pcxId, Location location, PeeringChange change) {
        return new RequestReference(pcxId, location, Optional.of(new ChangeRef(change.kind(), change.id())));
    }

    public String encode() {
        return pcxId + "@" + location.account() + ":" + location.region()
                + change.map(c -> "#" + c.kind().tag() + "-" + c.id()).orElse("");
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
        Optional<ChangeRef> change = m.group(4) == null ? Optional.empty()
                : Optional.of(new ChangeRef(ChangeKind.fromTag(m.group(4)), Long.parseLong(m.group(5))));
        return Optional.of(new RequestReference(m.group(1), new Location(m.group(2), m.group(3)), change));
    }
}
