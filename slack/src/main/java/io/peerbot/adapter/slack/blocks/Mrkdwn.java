package io.peerbot.adapter.slack.blocks;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Building blocks of Slack mrkdwn: escaping people's text, mentions, code spans, cutting to a length. */
public final class Mrkdwn {
    private static final String ELLIPSIS = "…";

    private Mrkdwn() {
    }

    /**
     * Escapes the three characters Slack gives meaning to, so text from people or AWS tags (a reason, a
     * VPC's Name) cannot smuggle in {@code <!channel>} or a fake link.
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A mention that notifies: {@code <@U…>} for a user, {@code <!subteam^S…>} for a user group. */
    public static String mention(String id) {
        return id.startsWith("S") ? "<!subteam^" + id + ">" : "<@" + id + ">";
    }

    /** Up to {@code max} mentions joined with commas, then "and N more". */
    public static String mentions(Collection<String> ids, int max) {
        List<String> sorted = ids.stream().sorted().toList();
        String shown = sorted.stream().limit(max).map(Mrkdwn::mention).collect(Collectors.joining(", "));
        return sorted.size() > max ? shown + " and " + (sorted.size() - max) + " more" : shown;
    }

    /** An inline code span; a backtick inside would end it early, so it becomes a quote. */
    public static String code(String text) {
        return "`" + escape(text).replace('`', '\'') + "`";
    }

    /** Quotes every line ({@code >}), for text a person wrote. */
    public static String quote(String text) {
        return text.lines().map(line -> "> " + escape(line)).collect(Collectors.joining("\n"));
    }

    /**
     * The text cut to at most {@code max} characters, ending in "…" when cut. Never splits a surrogate
     * pair, a {@code <…>} mention or link, or an {@code &amp;} entity, which Slack would show raw.
     */
    public static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(max - ELLIPSIS.length(), 0);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String cut = text.substring(0, end);
        int open = cut.lastIndexOf('<');
        if (open > cut.lastIndexOf('>')) {
            cut = cut.substring(0, open);
        }
        int amp = cut.lastIndexOf('&');
        if (amp > cut.lastIndexOf(';') && cut.length() - amp < 5) {
            cut = cut.substring(0, amp);
        }
        return cut + ELLIPSIS;
    }
}
