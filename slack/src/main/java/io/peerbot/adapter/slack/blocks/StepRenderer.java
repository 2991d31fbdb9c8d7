package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice.Step;
import java.util.List;

/** One step of an apply or teardown: ✅ or ❌, the title, then its lines with the resource ids. */
final class StepRenderer {
    List<SlackMessage> render(Step step) {
        String title = (step.ok() ? "✅ " : "❌ ") + "*" + step.title() + "*";
        String text = step.lines().isEmpty() ? title : title + "\n" + String.join("\n", step.lines());
        return BlockPager.paginate((step.ok() ? "✅ " : "❌ ") + step.title(), BlockKit.sections(text));
    }
}
