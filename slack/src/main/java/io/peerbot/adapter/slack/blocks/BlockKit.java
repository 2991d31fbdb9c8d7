package io.peerbot.adapter.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.TextObject;
import java.util.List;

/** The few block shapes peerbot uses, each cut to Slack's limits so no caller has to remember them. */
final class BlockKit {
    private BlockKit() {
    }

    static HeaderBlock header(String plain) {
        return Blocks.header(h -> h.text(plainText(Mrkdwn.truncate(plain,
                SlackLimits.HEADER_TEXT), true)));
    }

    /** One section; text beyond the limit is cut (use {@link #sections} to keep all of it). */
    static SectionBlock section(String mrkdwn) {
        return Blocks.section(s -> s.text(markdownText(Mrkdwn.truncate(mrkdwn,
                SlackLimits.SECTION_TEXT))));
    }

    /** As many sections as the text needs, cut at line ends. */
    static List<LayoutBlock> sections(String mrkdwn) {
        return MrkdwnChunker.chunks(mrkdwn, SlackLimits.SECTION_TEXT).stream()
                .<LayoutBlock>map(BlockKit::section).toList();
    }

    static SectionBlock fields(List<String> mrkdwnFields) {
        List<TextObject> fields = mrkdwnFields.stream().limit(SlackLimits.SECTION_FIELDS)
                .<TextObject>map(f -> markdownText(Mrkdwn.truncate(f, SlackLimits.FIELD_TEXT))).toList();
        return Blocks.section(s -> s.fields(fields));
    }

    static ContextBlock context(String mrkdwn) {
        return Blocks.context(List.of(markdownText(Mrkdwn.truncate(mrkdwn,
                SlackLimits.CONTEXT_TEXT))));
    }

    /**
     * Verbatim: Slack links only what the bot wrote as a link ({@code <url|text>}, {@code <@U…>}). Otherwise it
     * turns any address in the text into a link, and names people put on VPCs, groups and subnets are part of it.
     */
    private static MarkdownTextObject markdownText(String mrkdwn) {
        return MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build();
    }
}
