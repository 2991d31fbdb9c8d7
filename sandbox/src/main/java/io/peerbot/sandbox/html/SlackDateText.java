package io.peerbot.sandbox.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's {@code <!date^epoch^format|fallback>} token as the reader would see it: {@code {date_short_pretty}},
 * {@code {time}} and the other tokens in the server's time zone (the sandbox runs on the reader's machine).
 */
final class SlackDateText {
    private static final Pattern TOKEN = Pattern.compile("\\{(date_num|date_slash|date_long_full|date_long_pretty"
            + "|date_long|date_pretty|date_short_pretty|date_short|date|time_secs|time)}");
    private static final DateTimeFormatter NUM = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter SLASH = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SECS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    private final ZoneId zone;
    private final LocalDate today;

    SlackDateText(ZoneId zone, LocalDate today) {
        this.zone = zone;
        this.today = today;
    }

    static SlackDateText now() {
        ZoneId zone = ZoneId.systemDefault();
        return new SlackDateText(zone, LocalDate.now(zone));
    }

    /**
     * The text for the token's body (after {@code !date^}): {@code epoch^format[^link]|fallback}. Returns the
     * fallback when the body cannot be read.
     */
    String format(String body) {
        int bar = body.indexOf('|');
        String fallback = bar < 0 ? "" : body.substring(bar + 1);
        String[] parts = (bar < 0 ? body : body.substring(0, bar)).split("\\^", -1);
        if (parts.length < 2) {
            return fallback;
        }
        ZonedDateTime at;
        try {
            at = Instant.ofEpochSecond(Long.parseLong(parts[0])).atZone(zone);
        } catch (RuntimeException e) {
            return fallback;
        }
        Matcher m = TOKEN.matcher(parts[1]);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(token(m.group(1), at)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String token(String name, ZonedDateTime at) {
        return switch (name) {
            case "date_num" -> NUM.format(at);
            case "date_slash" -> SLASH.format(at);
            case "date_long", "date_long_full" -> LONG.format(at);
            case "date_long_pretty" -> pretty(at, LONG);
            case "date" -> DATE.format(at);
            case "date_pretty" -> pretty(at, DATE);
            case "date_short" -> SHORT.format(at);
            case "date_short_pretty" -> pretty(at, SHORT);
            case "time_secs" -> SECS.format(at);
            default -> TIME.format(at);
        };
    }

    private String pretty(ZonedDateTime at, DateTimeFormatter otherwise) {
        LocalDate day = at.toLocalDate();
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        if (day.equals(today.plusDays(1))) {
            return "Tomorrow";
        }
        return otherwise.format(at);
    }
}
