package io.peerbot.domain.drift;

import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.lifecycle.ConnectionReference;
import io.peerbot.domain.network.Location;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a drift finding's buttons carry: where the peering is and the finding's fingerprint,
 * {@code pcx-…@account:region!3f9a0c1d2e4b5a69}. On every click the finding is worked out again from AWS; a
 * button whose finding is no longer seen changes nothing.
 */
public record DriftReference(PcxId pcxId, Location location, String fingerprint) {
    private static final Pattern FORM = Pattern.compile(ConnectionReference.FORM + "!([0-9a-f]{16})");

    public static DriftReference to(ManagedPeering peering, Finding finding) {
        return new DriftReference(peering.id(), peering.requester().location(), finding.fingerprint());
    }

    public String encode() {
        return new ConnectionReference(pcxId, location).encode() + "!" + fingerprint;
    }

    /** Empty for anything that is not exactly a reference (a forged or mangled value). */
    public static Optional<DriftReference> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            ConnectionReference at = ConnectionReference.from(m);
            return Optional.of(new DriftReference(at.pcxId(), at.location(), m.group(4)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
