package io.peerbot.domain.lifecycle;

import io.peerbot.domain.network.Location;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a button carries: where to find the peering in AWS and which of its changes the button decides,
 * {@code pcx-…@account:region#open-1732870100123} (the change's kind and {@link Change#id()}). Everything
 * else is read back from AWS on every click.
 */
public record ChangeReference(PcxId pcxId, Location location, ChangeRef change) {
    private static final Pattern FORM = Pattern.compile(ConnectionReference.FORM + "#([a-z]+)-(\\d{1,18})");

    public static ChangeReference to(ManagedPeering peering, Change change) {
        return new ChangeReference(peering.id(), peering.requester().location(), change.ref());
    }

    public String encode() {
        return new ConnectionReference(pcxId, location).encode() + "#" + change.kind().tag() + "-" + change.id();
    }

    /** Empty for anything that is not exactly a reference (a forged or mangled value). */
    public static Optional<ChangeReference> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            ConnectionReference at = ConnectionReference.from(m);
            return Optional.of(new ChangeReference(at.pcxId(), at.location(),
                    new ChangeRef(ChangeKind.fromTag(m.group(4)), Long.parseLong(m.group(5)))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
