package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice.ConnectivityResult;
import io.peerbot.domain.connectivity.ConnectivityReport;
import java.util.List;

/** A connectivity test in the thread: ✅ or ❌ with its title, then every direction's lines. */
final class ConnectivityRenderer {
    List<SlackMessage> render(ConnectivityResult notice) {
        ConnectivityReport report = notice.report();
        String mark = report.ok() ? "✅ " : "❌ ";
        String title = ConnectivityText.title(report);
        String text = mark + "*" + title + "*\n" + String.join("\n", ConnectivityText.lines(report));
        return BlockPager.paginate(mark + title, BlockKit.sections(text));
    }
}
