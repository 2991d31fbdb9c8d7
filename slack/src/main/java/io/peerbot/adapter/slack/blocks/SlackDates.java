package io.peerbot.adapter.slack.blocks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as Slack's {@code <!date^…>} token, which each reader sees in their own time zone. */
final class SlackDates {
    private static final DateTimeFormatter FALLBACK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private SlackDates() {
    }

    /** "Jan 5 at 14:03" in the reader's zone; the UTC text where a client cannot format it. */
    static String of(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} at {time}|" + FALLBACK.format(at) + ">";
    }
}
