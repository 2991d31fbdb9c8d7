package io.peerbot.adapter.policy;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A duration as people write one: {@code 90m}, {@code 72h}, {@code 30d}, {@code 2w}. */
final class DurationText {
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*([mhdw])");

    private DurationText() {
    }

    /** @throws IllegalArgumentException for anything else, or no time at all */
    static Duration parse(String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 72h, 30d or 2w");
        }
        long n = Long.parseLong(m.group(1));
        Duration duration = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
        if (duration.isZero()) {
            throw new IllegalArgumentException("'" + text + "' is no time at all; give a positive duration");
        }
        return duration;
    }
}
