package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;

/** Checks a message against Slack's published Block Kit limits, independently of the renderers' own budgets. */
final class SlackLimitsAssert {
    private SlackLimitsAssert() {
    }

    static void assertWithinSlackLimits(List<SlackMessage> messages) {
        assertThat(messages).isNotEmpty();
        messages.forEach(SlackLimitsAssert::assertWithinSlackLimits);
    }

    static void assertWithinSlackLimits(SlackMessage message) {
        assertThat(message.text()).as("fallback text").isNotBlank().hasSizeLessThanOrEqualTo(4000);
        assertThat(message.blocks()).as("blocks").isNotEmpty().hasSizeLessThanOrEqualTo(50);
        for (LayoutBlock block : message.blocks()) {
            if (block instanceof SectionBlock section) {
                assertThat(section.getText() != null || section.getFields() != null).as("section has content").isTrue();
                if (section.getText() != null) {
                    assertText(section.getText(), 3000, "section text");
                    assertVerbatim(section.getText());
                }
                if (section.getFields() != null) {
                    assertThat(section.getFields()).as("fields").hasSizeLessThanOrEqualTo(10);
                    section.getFields().forEach(f -> assertText(f, 2000, "field"));
                    section.getFields().forEach(SlackLimitsAssert::assertVerbatim);
                }
            } else if (block instanceof HeaderBlock header) {
                assertText(header.getText(), 150, "header");
            } else if (block instanceof ContextBlock context) {
                assertThat(context.getElements()).as("context elements").isNotEmpty().hasSizeLessThanOrEqualTo(10);
                context.getElements().forEach(e -> assertText((TextObject) e, 3000, "context text"));
                context.getElements().forEach(e -> assertVerbatim((TextObject) e));
            } else if (block instanceof ActionsBlock actions) {
                assertThat(actions.getElements()).as("actions elements").hasSizeLessThanOrEqualTo(25);
                actions.getElements().forEach(SlackLimitsAssert::assertButton);
            } else if (!(block instanceof DividerBlock)) {
                fail("unexpected block " + block.getType());
            }
        }
    }

    private static void assertButton(BlockElement element) {
        assertThat(element).isInstanceOf(ButtonElement.class);
        ButtonElement button = (ButtonElement) element;
        assertText(button.getText(), 75, "button text");
        assertThat(button.getValue()).as("button value").hasSizeLessThanOrEqualTo(2000);
        assertThat(button.getActionId()).as("action id").isNotBlank().hasSizeLessThanOrEqualTo(255);
        ConfirmationDialogObject confirm = button.getConfirm();
        if (confirm != null) {
            assertText(confirm.getTitle(), 100, "confirm title");
            assertText(confirm.getText(), 300, "confirm text");
            assertText(confirm.getConfirm(), 30, "confirm button");
            assertText(confirm.getDeny(), 30, "deny button");
        }
    }

    /** Slack links only what the bot wrote as a link, not an address in a name someone gave a VPC. */
    private static void assertVerbatim(TextObject text) {
        if (text instanceof MarkdownTextObject m) {
            assertThat(m.getVerbatim()).as("verbatim: " + Mrkdwn.truncate(m.getText(), 60)).isTrue();
        }
    }

    private static void assertText(TextObject text, int max, String what) {
        String value = text instanceof MarkdownTextObject m ? m.getText() : ((PlainTextObject) text).getText();
        assertThat(value).as(what).isNotBlank().hasSizeLessThanOrEqualTo(max);
    }

    /** Everything a reader sees in the message, for content assertions. */
    static String visibleText(SlackMessage message) {
        StringBuilder all = new StringBuilder();
        for (LayoutBlock block : message.blocks()) {
            if (block instanceof SectionBlock section) {
                if (section.getText() != null) {
                    all.append(text(section.getText())).append('\n');
                }
                if (section.getFields() != null) {
                    section.getFields().forEach(f -> all.append(text(f)).append('\n'));
                }
            } else if (block instanceof HeaderBlock header) {
                all.append(header.getText().getText()).append('\n');
            } else if (block instanceof ContextBlock context) {
                context.getElements().forEach(e -> all.append(text((TextObject) e)).append('\n'));
            }
        }
        return all.toString();
    }

    static String visibleText(List<SlackMessage> messages) {
        StringBuilder all = new StringBuilder();
        messages.forEach(m -> all.append(visibleText(m)));
        return all.toString();
    }

    private static String text(TextObject text) {
        return text instanceof MarkdownTextObject m ? m.getText() : ((PlainTextObject) text).getText();
    }

    static List<ButtonElement> buttons(SlackMessage message) {
        return message.blocks().stream().filter(ActionsBlock.class::isInstance).map(ActionsBlock.class::cast)
                .flatMap(a -> a.getElements().stream()).map(ButtonElement.class::cast).toList();
    }
}
