package io.peerbot.domain.expiry;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a temporary peering or opening lasts ({@code --for 72h}): a whole number of minutes, hours or days,
 * from one minute to a year.
 */
public record Lifetime(Duration length) {
    public static final Duration SHORTEST = Duration.ofMinutes(1);
    public static final Duration LONGEST = Duration.ofDays(365);
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})([a-z]+)");

    public Lifetime {
        Objects.requireNonNull(length, "length");
        if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a lifetime is from 1m to 365d, not " + length);
        }
    }

    /**
     * Reads {@code 90m}, {@code 72h} or {@code 7d}.
     *
     * @throws IllegalArgumentException naming what is wrong: no number, an unknown unit, too short or too long
     */
    public static Lifetime parse(String text) {
        String typed = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(typed.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--for: '" + typed + "' is not a duration; give a number and a unit "
                    + "(m minutes, h hours, d days), e.g. --for 72h");
        }
        long amount = Long.parseLong(m.group(1));
        Duration length = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("--for: unknown unit '" + m.group(2) + "' in '" + typed
                    + "'; use m (minutes), h (hours) or d (days), e.g. --for 72h");
        };
        if (length.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("--for: '" + typed + "' is too short; at least 1m");
        }
        if (length.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("--for: '" + typed + "' is too long; at most 365d");
        }
        return new Lifetime(length);
    }

    /** The shortest way to write it: 7d, 36h, 90m. */
    @Override
    public String toString() {
        long minutes = length.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }
}
