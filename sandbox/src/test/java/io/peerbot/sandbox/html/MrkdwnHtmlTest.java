package io.peerbot.sandbox.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MrkdwnHtmlTest {
    private static final Names NAMES = new Names() {
        private final Map<String, String> users = Map.of("U0ALICE", "alice", "U0BOB", "bob");

        @Override
        public String user(String userId) {
            return users.getOrDefault(userId, "");
        }

        @Override
        public String channel(String channelId) {
            return "C0NETWORK".equals(channelId) ? "network" : "";
        }

        @Override
        public String userGroup(String groupId) {
            return "S0NET".equals(groupId) ? "netops" : "";
        }
    };
    // 2024-03-01 in UTC; the token below is 2024-03-01T09:30:00Z.
    private final MrkdwnHtml mrkdwn = new MrkdwnHtml(NAMES,
            new SlackDateText(ZoneOffset.UTC, LocalDate.of(2024, 3, 1)));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "*bold* and _italic_ and ~gone~ | <b>bold</b> and <i>italic</i> and <s>gone</s>",
        "peer_approve stays a_word     | peer_approve stays a_word",
        "2 * 3 * 4                     | 2 * 3 * 4",
        "`rtb-1` → `10.1.0.0/16`        | <code>rtb-1</code> → <code>10.1.0.0/16</code>",
        "`*not bold*`                  | <code>*not bold*</code>",
        "*`pcx-1` accepted*            | <b><code>pcx-1</code> accepted</b>",
        ":white_check_mark: done       | :white_check_mark: done",
    })
    void formatsInlineLikeSlack(String text, String html) {
        assertThat(mrkdwn.render(text)).isEqualTo(html);
    }

    @Test
    void mentionsShowNamesAndFallBackToLabelsOrIds() {
        assertThat(mrkdwn.render("<@U0ALICE> asks <@U0BOB|robert> and <@U0NOBODY>"))
                .isEqualTo("<span class=\"mention\">@alice</span> asks <span class=\"mention\">@bob</span> and "
                        + "<span class=\"mention\">@U0NOBODY</span>");
        assertThat(mrkdwn.render("<#C0NETWORK> <#C0OTHER|ops> <!here> <!subteam^S0NET>"))
                .isEqualTo("<span class=\"mention\">#network</span> <span class=\"mention\">#ops</span> "
                        + "<span class=\"mention\">@here</span> <span class=\"mention\">@netops</span>");
    }

    @Test
    void linksOnlyForWebAndMailAddresses() {
        assertThat(mrkdwn.render("<https://example.com/a?b=1&amp;c=2|the thread>"))
                .isEqualTo("<a href=\"https://example.com/a?b=1&amp;c=2\" target=\"_blank\" "
                        + "rel=\"noopener noreferrer\">the thread</a>");
        assertThat(mrkdwn.render("<javascript:alert(1)|click me>"))
                .isEqualTo("&lt;javascript:alert(1)|click me&gt;");
        assertThat(mrkdwn.render("<https://example.com\" onmouseover=\"x|y>"))
                .doesNotContain("<a ").contains("&quot;");
    }

    @Test
    void datesReadAsTheReaderWouldSeeThem() {
        assertThat(mrkdwn.render("requested <!date^1709285400^{date_short_pretty} at {time}|2024-03-01 09:30 UTC>"))
                .isEqualTo("requested Today at 09:30");
        assertThat(mrkdwn.render("<!date^nonsense^{time}|as sent>")).isEqualTo("as sent");
    }

    @Test
    void preformattedBlocksAndQuotesAreBlocks() {
        assertThat(mrkdwn.render("Test:\n```ping 3/3\n*not bold* <@U0ALICE>```\nafter"))
                .isEqualTo("Test:<pre>ping 3/3\n*not bold* &lt;@U0ALICE&gt;</pre>after");
        assertThat(mrkdwn.render("asks:\n> billing reads\n> the &lt;orders&gt; DB\nthanks"))
                .isEqualTo("asks:<blockquote>billing reads<br>the &lt;orders&gt; DB</blockquote>thanks");
    }

    @Test
    void markupInTheTextIsShownNeverRun() {
        String html = mrkdwn.render("<script>alert(1)</script> <img src=x onerror=alert(1)> \"quoted\" 'single'");

        assertThat(html).doesNotContain("<script", "<img", "\"quoted\"")
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; "
                        + "&quot;quoted&quot; &#39;single&#39;");
        assertThat(mrkdwn.render("&lt;b&gt;escaped by the app&lt;/b&gt; &amp;lt;")).isEqualTo(
                "&lt;b&gt;escaped by the app&lt;/b&gt; &amp;lt;");
        assertThat(mrkdwn.render("`<script>` ```<script>```")).isEqualTo(
                "<code>&lt;script&gt;</code> <pre>&lt;script&gt;</pre>");
    }

    @Test
    void thePlaceholderCharactersCannotBeSmuggledIn() {
        assertThat(mrkdwn.render("\uE0000\uE001 `x`")).isEqualTo("0 <code>x</code>");
    }
}
