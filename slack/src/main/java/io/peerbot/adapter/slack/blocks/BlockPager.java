package io.peerbot.adapter.slack.blocks;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads blocks over as many messages as it takes to stay within 50 blocks and peerbot's character
 * budget per message. The first message carries the fallback text; the others say they continue it.
 */
public final class BlockPager {
    private BlockPager() {
    }

    public static List<SlackMessage> paginate(String fallback, List<LayoutBlock> blocks) {
        List<List<LayoutBlock>> pages = new ArrayList<>();
        List<LayoutBlock> page = new ArrayList<>();
        int characters = 0;
        for (LayoutBlock block : blocks) {
            int size = characters(block);
            boolean full = page.size() == SlackLimits.BLOCKS_PER_MESSAGE
                    || characters + size > SlackLimits.MESSAGE_CHARACTERS;
            if (full && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                characters = 0;
            }
            page.add(block);
            characters += size;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        List<SlackMessage> messages = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String text = i == 0 ? fallback : fallback + " (continued, " + (i + 1) + "/" + pages.size() + ")";
            messages.add(new SlackMessage(text, pages.get(i)));
        }
        return messages;
    }

    /**
     * {@code header} (mrkdwn) before {@code body}, messages rendered on their own, spread again over as many
     * messages as it takes; the notification text opens with {@code fallbackHeader}, then the body's.
     */
    static List<SlackMessage> headed(String header, String fallbackHeader, List<SlackMessage> body) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(header));
        body.forEach(message -> blocks.addAll(message.blocks()));
        String fallback = body.isEmpty() ? fallbackHeader : fallbackHeader + " " + body.get(0).text();
        return paginate(fallback, blocks);
    }

    /** The visible text of a block, as far as the kinds peerbot uses go. */
    static int characters(LayoutBlock block) {
        if (block instanceof SectionBlock section) {
            int fields = section.getFields() == null ? 0
                    : section.getFields().stream().mapToInt(BlockPager::characters).sum();
            return characters(section.getText()) + fields;
        }
        if (block instanceof ContextBlock context) {
            return context.getElements().stream()
                    .mapToInt(e -> e instanceof TextObject t ? characters(t) : 0).sum();
        }
        if (block instanceof HeaderBlock header) {
            return characters(header.getText());
        }
        return 0;
    }

    private static int characters(TextObject text) {
        if (text instanceof MarkdownTextObject m) {
            return m.getText().length();
        }
        if (text instanceof PlainTextObject p) {
            return p.getText().length();
        }
        return 0;
    }
}
