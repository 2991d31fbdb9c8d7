package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MrkdwnTest {
    @Test
    void escapesTheCharactersSlackParses() {
        assertThat(Mrkdwn.escape("a & <!channel> > b")).isEqualTo("a &amp; &lt;!channel&gt; &gt; b");
    }

    @Test
    void mentionsUsersAndUserGroups() {
        assertThat(Mrkdwn.mention("U123")).isEqualTo("<@U123>");
        assertThat(Mrkdwn.mention("S456")).isEqualTo("<!subteam^S456>");
        assertThat(Mrkdwn.mentions(Set.of("U3", "U1", "U2"), 2)).isEqualTo("<@U1>, <@U2> and 1 more");
    }

    @Test
    void truncationNeverLeavesHalfAMentionOrEntity() {
        assertThat(Mrkdwn.truncate("hello", 5)).isEqualTo("hello");
        assertThat(Mrkdwn.truncate("owners <@U0123456789>", 15)).isEqualTo("owners …");
        assertThat(Mrkdwn.truncate("a &amp; b", 5)).isEqualTo("a …");
        assertThat(Mrkdwn.truncate("ab😀cd", 4)).isEqualTo("ab…");
    }

    @Test
    void codeSpansCannotBeClosedEarly() {
        assertThat(Mrkdwn.code("a`b<c")).isEqualTo("`a'b&lt;c`");
    }

    @Test
    void chunksRespectTheLimitAndKeepEveryLine() {
        String text = String.join("\n", List.of("x".repeat(50), "y".repeat(50), "z".repeat(130)));

        List<String> chunks = MrkdwnChunker.chunks(text, 60);

        assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(60));
        assertThat(String.join("", chunks).replace("\n", "").replace(" ", ""))
                .isEqualTo("x".repeat(50) + "y".repeat(50) + "z".repeat(130));
    }

    @Test
    void aCodeBlockCutInTwoIsClosedAndReopened() {
        String text = "intro\n```\n" + "line\n".repeat(30) + "```\noutro";

        List<String> chunks = MrkdwnChunker.chunks(text, 60);

        assertThat(chunks).hasSizeGreaterThan(2);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.length()).isLessThanOrEqualTo(60);
            assertThat(c.split("```", -1).length % 2).as(c).isEqualTo(1);
        });
        assertThat(chunks.get(1)).startsWith("```\nline");
        assertThat(chunks.get(chunks.size() - 1)).endsWith("outro");
    }
}
