package io.peerbot.domain.lifecycle;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The id of a VPC peering connection, {@code pcx-} and 8 or 17 hex digits: the name every peering goes by. */
public record PcxId(String value) {
    public static final Pattern FORM = Pattern.compile("pcx-[0-9a-f]{8,17}");

    public PcxId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a peering connection id (pcx-…)");
        }
    }

    /** Accepts upper-case hex digits too, as people type them. */
    public static PcxId of(String typed) {
        return new PcxId(typed.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
