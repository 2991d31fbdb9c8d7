package io.peerbot.standin.slack;

/** What people do in Slack that reaches the app: type a slash command, click a button. */
final class People {
    private final Workspace workspace;
    private final MessageStore store;
    private final SocketModeHub hub;
    private final ResponseUrls responseUrls;
    private final Payloads payloads;

    People(Workspace workspace, MessageStore store, SocketModeHub hub, ResponseUrls responseUrls, Payloads payloads) {
        this.workspace = workspace;
        this.store = store;
        this.hub = hub;
        this.responseUrls = responseUrls;
        this.payloads = payloads;
    }

    Envelope typeCommand(String userId, String channelId, String command, String text) {
        SlackUser user = workspace.requireUser(userId);
        SlackChannel channel = channelFor(user, channelId);
        if (command == null || !command.startsWith("/")) {
            throw new IllegalArgumentException("a slash command starts with '/': " + command);
        }
        String responseUrl = responseUrls.issue("commands", new Responder.Origin(user.id(), channel.id(), null));
        String triggerId = Ids.triggerId();
        var draft = new SocketModeHub.Draft(Envelope.SLASH_COMMANDS,
                payloads.slashCommand(user, channel, command, text == null ? "" : text, responseUrl, triggerId),
                true, user.id(), channel.id(), responseUrl, triggerId);
        return hub.send(draft, envelope -> responseUrls.attach(responseUrl, envelope));
    }

    Envelope click(String userId, RecordedMessage shown, String actionId, boolean confirmed) {
        return click(userId, shown, actionId, confirmed, null);
    }

    /** @param forgedValue a value to send instead of the button's, or null for the button's own */
    Envelope click(String userId, RecordedMessage shown, String actionId, boolean confirmed, String forgedValue) {
        SlackUser user = workspace.requireUser(userId);
        RecordedMessage message = store.find(shown.channel(), shown.ts())
                .filter(m -> !m.deleted())
                .orElseThrow(() -> new IllegalArgumentException("message " + shown.channel() + "/" + shown.ts()
                        + " is no longer there to click (deleted or never posted)"));
        SlackChannel channel = workspace.requireChannel(message.channel());
        if (message.ephemeral() && !message.recipient().equals(user.id())) {
            throw new IllegalArgumentException(user.id() + " cannot see ephemeral message " + message.ts()
                    + "; only " + message.recipient() + " can click it");
        }
        if (!message.ephemeral() && !channel.isMember(user.id())) {
            throw new IllegalArgumentException(user.id() + " is not in channel " + channel.id() + " and cannot click there");
        }
        Button shownButton = message.button(actionId).orElseThrow(() -> new IllegalArgumentException(
                "message " + message.ts() + " has no button with action_id '" + actionId + "'; its buttons: "
                        + message.buttons().stream().map(b -> b.actionId() + " (" + b.text() + ")").toList()));
        Button button = forgedValue == null ? shownButton : new Button(shownButton.blockId(), shownButton.actionId(),
                shownButton.text(), forgedValue, shownButton.style(), shownButton.url(), shownButton.confirm());
        if (button.confirm() != null && !confirmed) {
            throw new IllegalArgumentException("button '" + button.text() + "' asks \"" + button.confirm().title()
                    + "\" before it acts; use clickConfirmed to say the person confirmed");
        }
        if (button.confirm() == null && confirmed) {
            throw new IllegalArgumentException("button '" + button.text() + "' has no confirm dialog; use click");
        }
        String responseUrl = responseUrls.issue("actions", new Responder.Origin(user.id(), channel.id(), message.ts()));
        String triggerId = Ids.triggerId();
        var draft = new SocketModeHub.Draft(Envelope.INTERACTIVE,
                payloads.blockActions(user, channel, message, store.replyCount(channel.id(), message.ts()), button, responseUrl, triggerId),
                false, user.id(), channel.id(), responseUrl, triggerId);
        return hub.send(draft, envelope -> responseUrls.attach(responseUrl, envelope));
    }

    /** {@code userId} opens the app's Home tab: an {@code events_api} envelope with {@code app_home_opened}. */
    Envelope openHome(String userId, java.util.Optional<com.google.gson.JsonObject> shownNow) {
        SlackUser user = workspace.requireUser(userId);
        SlackChannel dm = workspace.directMessageWith(user.id());
        var draft = new SocketModeHub.Draft(Envelope.EVENTS_API, payloads.appHomeOpened(user, dm, shownNow), false,
                user.id(), dm.id(), null, null);
        return hub.send(draft, envelope -> { });
    }

    private SlackChannel channelFor(SlackUser user, String channelId) {
        SlackChannel channel = channelId != null && channelId.startsWith("D")
                ? workspace.directMessageWith(user.id())
                : workspace.requireChannel(channelId);
        if (!channel.isMember(user.id())) {
            throw new IllegalArgumentException(user.id() + " is not in channel " + channel.id() + " and cannot type there");
        }
        return channel;
    }
}
