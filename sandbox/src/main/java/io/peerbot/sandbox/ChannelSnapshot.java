package io.peerbot.sandbox;

import io.peerbot.sandbox.html.BlockKitHtml;
import io.peerbot.sandbox.html.MrkdwnHtml;
import io.peerbot.sandbox.html.PageButton;
import io.peerbot.sandbox.html.RenderedMessage;
import io.peerbot.sandbox.html.Html;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SharedSlackFile;
import io.peerbot.standin.slack.SlackChannel;
import io.peerbot.standin.slack.SlackStandIn;
import io.peerbot.standin.slack.SlackUser;
import io.peerbot.standin.slack.Workspace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one person sees of the channel right now: its messages and threads with their content rendered, the
 * ephemeral messages shown to that person (and no one else's), who is who, and what to try.
 */
final class ChannelSnapshot {
    private static final Comparator<RecordedMessage> BY_TS = Comparator.comparing(m -> new BigDecimal(m.ts()));
    private static final Comparator<MessageView> VIEWS_BY_TS = Comparator.comparing(m -> new BigDecimal(m.ts()));

    private final SlackStandIn slack;
    private final SlackChannel channel;
    private final PageContent content;
    private final BlockKitHtml blocks;

    ChannelSnapshot(SlackStandIn slack, PageContent content) {
        this.slack = slack;
        this.channel = slack.workspace().channel(content.channelId()).orElseThrow(
                () -> new IllegalArgumentException("no channel " + content.channelId() + " in the stand-in"));
        this.content = content;
        this.blocks = new BlockKitHtml(new MrkdwnHtml(new WorkspaceNames(slack.workspace())));
    }

    /** The page's state for {@code viewerId}; for the first of the people when it is null or blank. */
    View forViewer(String requestedViewer) {
        Workspace workspace = slack.workspace();
        boolean anyone = requestedViewer == null || requestedViewer.isBlank();
        String viewerId = anyone && !content.people().isEmpty() ? content.people().get(0).id() : requestedViewer;
        if (viewerId == null || workspace.user(viewerId).isEmpty() || viewerId.equals(workspace.botUser().id())) {
            throw new IllegalArgumentException("unknown viewer '" + viewerId + "'; pick one of "
                    + content.people().stream().map(DemoUser::id).toList());
        }
        List<RecordedMessage> mine = slack.ephemeralsFor(viewerId).stream()
                .filter(m -> m.channel().equals(channel.id())).toList();

        List<RecordedMessage> top = new ArrayList<>(slack.messages(channel.id()));
        mine.stream().filter(m -> !m.isReply()).forEach(top::add);
        top.sort(BY_TS);

        List<MessageView> messages = new ArrayList<>();
        Map<String, List<MessageView>> threads = new LinkedHashMap<>();
        for (RecordedMessage message : top) {
            List<RecordedMessage> replies = message.ephemeral() ? List.of() : slack.thread(channel.id(), message.ts());
            List<SharedSlackFile> files = message.ephemeral() ? List.of() : slack.files(channel.id(), message.ts());
            List<MessageView> shown = new ArrayList<>(replies.stream().map(r -> view(r, List.of())).toList());
            mine.stream().filter(m -> m.isReply() && m.threadTs().equals(message.ts()))
                    .forEach(m -> shown.add(view(m, List.of())));
            files.forEach(f -> shown.add(view(f)));
            shown.sort(VIEWS_BY_TS);
            messages.add(view(message, replies, files.size(), shown.stream().filter(v -> !v.ephemeral())
                    .reduce((first, second) -> second).map(MessageView::ts).orElse(null)));
            if (!shown.isEmpty()) {
                threads.put(message.ts(), List.copyOf(shown));
            }
        }
        slack.files(channel.id(), null).forEach(f -> messages.add(view(f)));
        messages.sort(VIEWS_BY_TS);
        List<Person> persons = content.people().stream()
                .map(p -> new Person(p.id(), p.name(), p.realName(), p.role())).toList();
        SlackUser bot = workspace.botUser();
        return new View(workspace.teamDomain(), new Channel(channel.id(), channel.name()), viewerId, persons,
                new Person(bot.id(), bot.name(), bot.realName(), "the bot"), slack.openConnections() > 0,
                messages, threads, content.vpcs(), content.hints());
    }

    private MessageView view(RecordedMessage message, List<RecordedMessage> replies) {
        return view(message, replies, 0, replies.isEmpty() ? null : replies.get(replies.size() - 1).ts());
    }

    /** A shared file, as Slack shows it: a message from the bot with the file's title, name and size. */
    private MessageView view(SharedSlackFile file) {
        SlackUser bot = slack.workspace().botUser();
        String html = "<a class=\"shared-file\" href=\"" + Html.escape(slack.fileUrl(file)) + "\" target=\"_blank\">"
                + "📄 " + Html.escape(file.title()) + "</a> <span class=\"shared-file-meta\">"
                + Html.escape(file.name()) + " · " + file.size() + " bytes</span>";
        long micros = file.at().getEpochSecond() * 1_000_000 + file.at().getNano() / 1_000;
        String ts = String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
        return new MessageView(ts, file.threadTs(), bot.id(), bot.name(), true, false, false, html, List.of(), 0,
                null);
    }

    private MessageView view(RecordedMessage message, List<RecordedMessage> replies, int files, String latestReplyTs) {
        RenderedMessage content = blocks.render(message.blocksJson(), message.text());
        boolean fromBot = message.user() != null && message.user().equals(slack.workspace().botUser().id());
        String author = slack.workspace().user(message.user()).map(SlackUser::name).orElse(message.user());
        return new MessageView(message.ts(), message.isReply() ? message.threadTs() : null, message.user(), author,
                fromBot, message.ephemeral(), message.edited(), content.html(), content.buttons(),
                replies.size() + files, latestReplyTs);
    }

    /** The JSON the page reads ({@code GET /api/snapshot?viewer=U…}). */
    record View(String team, Channel channel, String viewer, List<Person> people, Person bot, boolean botConnected,
                List<MessageView> messages, Map<String, List<MessageView>> threads, List<DemoVpc> vpcs,
                List<Hint> hints) {
    }

    record Channel(String id, String name) {
    }

    record Person(String id, String name, String realName, String role) {
    }

    /**
     * One message as shown: {@code html} is already escaped markup; every other field is text that the page
     * puts in with {@code textContent}.
     */
    record MessageView(String ts, String threadTs, String userId, String userName, boolean bot, boolean ephemeral,
                       boolean edited, String html, List<PageButton> buttons, int replyCount, String latestReplyTs) {
    }
}
