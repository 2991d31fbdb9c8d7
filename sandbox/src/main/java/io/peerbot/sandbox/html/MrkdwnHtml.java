package io.peerbot.sandbox.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack mrkdwn as HTML, the way Slack shows it: {@code *bold*}, {@code _italic_}, {@code ~strike~},
 * {@code `code`}, {@code ```pre```}, {@code >} quotes, {@code <@U…>} mentions as @name, {@code <#C…|name>},
 * {@code <!here>}, {@code <!subteam^S…>}, {@code <!date^…>}, and {@code <url|label>} links (http, https and
 * mailto only). {@code :emoji:} names stay as text.
 *
 * <p>Every character of the input ends up escaped; only the tags this class writes are markup. Anything in
 * angle brackets that is not one of the forms above is shown as the literal text, as Slack does.
 */
public final class MrkdwnHtml {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern FENCE = Pattern.compile("```([\\s\\S]*?)```");
    private static final Pattern INLINE_TOKEN = Pattern.compile("`([^`\\n]+)`|<([^<>\\n]+)>");
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);
    private static final Pattern BOLD = emphasis('*', "b");
    private static final Pattern ITALIC = emphasis('_', "i");
    private static final Pattern STRIKE = emphasis('~', "s");
    private static final Pattern QUOTE = Pattern.compile("^(?:>|&gt;) ?(.*)$");

    private final Names names;
    private final SlackDateText dates;

    public MrkdwnHtml(Names names) {
        this(names, SlackDateText.now());
    }

    MrkdwnHtml(Names names, SlackDateText dates) {
        this.names = names;
        this.dates = dates;
    }

    /** Between word boundaries, not starting or ending with a space, on one line. */
    private static Pattern emphasis(char mark, String tag) {
        String m = Pattern.quote(String.valueOf(mark));
        return Pattern.compile("(?<![\\p{L}\\p{N}" + m + "])" + m + "([^" + m + "\\s\\n](?:[^" + m + "\\n]*?[^"
                + m + "\\s\\n])?)" + m + "(?![\\p{L}\\p{N}" + m + "])");
    }

    /** The HTML for a mrkdwn text; null is empty. */
    public String render(String mrkdwn) {
        if (mrkdwn == null || mrkdwn.isEmpty()) {
            return "";
        }
        String text = mrkdwn.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
        StringBuilder out = new StringBuilder();
        Matcher fence = FENCE.matcher(text);
        int last = 0;
        while (fence.find()) {
            // The line breaks around a fence belong to the block, not to the text beside it.
            out.append(lines(withoutLeadingBreak(text.substring(last, fence.start()), last > 0)
                    .replaceFirst("\n$", "")));
            String body = withoutLeadingBreak(fence.group(1), true).replaceFirst("\n$", "");
            out.append("<pre>").append(Html.escape(unescapeSlack(body))).append("</pre>");
            last = fence.end();
        }
        out.append(lines(withoutLeadingBreak(text.substring(last), last > 0)));
        return out.toString();
    }

    private static String withoutLeadingBreak(String text, boolean strip) {
        return strip && text.startsWith("\n") ? text.substring(1) : text;
    }

    /** Plain text (a {@code plain_text} object) as HTML: escaped, line breaks kept. */
    public static String plain(String text) {
        return text == null ? "" : Html.escape(text).replace("\n", "<br>");
    }

    private String lines(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher quote = QUOTE.matcher(lines[i]);
            if (quote.matches()) {
                quoted.add(inline(quote.group(1)));
                continue;
            }
            if (!quoted.isEmpty()) {
                out.append("<blockquote>").append(String.join("<br>", quoted)).append("</blockquote>");
                quoted.clear();
            } else if (i > 0) {
                out.append("<br>");
            }
            out.append(inline(lines[i]));
        }
        if (!quoted.isEmpty()) {
            out.append("<blockquote>").append(String.join("<br>", quoted)).append("</blockquote>");
        }
        return out.toString();
    }

    /**
     * Code spans and angle-bracket tokens become placeholders first, so emphasis never reaches inside them and
     * can still wrap them ({@code *<@U1>*}); the rest is escaped before any tag is added.
     */
    private String inline(String line) {
        List<String> stash = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher token = INLINE_TOKEN.matcher(line);
        int last = 0;
        while (token.find()) {
            text.append(Html.escape(unescapeSlack(line.substring(last, token.start()))));
            String html = token.group(1) != null
                    ? "<code>" + Html.escape(unescapeSlack(token.group(1))) + "</code>"
                    : controlSequence(token.group(2));
            text.append(OPEN).append(stash.size()).append(CLOSE);
            stash.add(html);
            last = token.end();
        }
        text.append(Html.escape(unescapeSlack(line.substring(last))));
        String html = BOLD.matcher(text).replaceAll("<b>$1</b>");
        html = ITALIC.matcher(html).replaceAll("<i>$1</i>");
        html = STRIKE.matcher(html).replaceAll("<s>$1</s>");
        return PLACEHOLDER.matcher(html).replaceAll(m -> Matcher.quoteReplacement(stash.get(Integer.parseInt(m.group(1)))));
    }

    private String controlSequence(String body) {
        int bar = body.indexOf('|');
        String target = bar < 0 ? body : body.substring(0, bar);
        String label = bar < 0 ? null : unescapeSlack(body.substring(bar + 1));
        if (target.startsWith("@U") || target.startsWith("@W")) {
            return mention("@" + known(names.user(target.substring(1)), label, target.substring(1)));
        }
        if (target.startsWith("#C") || target.startsWith("#G")) {
            return mention("#" + known(names.channel(target.substring(1)), label, target.substring(1)));
        }
        if (target.startsWith("!subteam^")) {
            String id = target.substring("!subteam^".length());
            String handle = known(names.userGroup(id), label == null ? null : label.replaceFirst("^@", ""), id);
            return mention("@" + handle);
        }
        if (target.startsWith("!date^")) {
            return Html.escape(dates.format(unescapeSlack(body.substring("!date^".length()))));
        }
        if (target.equals("!here") || target.equals("!channel") || target.equals("!everyone")) {
            return mention("@" + target.substring(1));
        }
        String url = unescapeSlack(target);
        if (isSafeLink(url)) {
            String shown = label == null || label.isEmpty() ? url : label;
            return "<a href=\"" + Html.escape(url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">"
                    + Html.escape(shown) + "</a>";
        }
        return Html.escape("<" + unescapeSlack(body) + ">");
    }

    private static String known(String name, String label, String id) {
        if (name != null && !name.isEmpty()) {
            return name;
        }
        return label != null && !label.isEmpty() ? label : id;
    }

    private static String mention(String text) {
        return "<span class=\"mention\">" + Html.escape(text) + "</span>";
    }

    private static boolean isSafeLink(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
                && url.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    /** Slack's three entities back to characters; they are escaped again for HTML on the way out. */
    private static String unescapeSlack(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
