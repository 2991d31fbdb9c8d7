package io.peerbot.adapter.slack.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import io.peerbot.adapter.slack.WorkQueue;
import io.peerbot.application.port.in.HomeTabUseCase;

/**
 * {@code app_home_opened}: when someone opens the bot's Home tab (not its Messages tab), the tab is published for
 * them on a worker; the event is acknowledged at once. When every worker is busy the tab keeps what it showed last.
 */
public final class HomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {
    static final String HOME = "home";

    private final WorkQueue work;
    private final HomeTabUseCase home;

    public HomeOpenedListener(WorkQueue work, HomeTabUseCase home) {
        this.work = work;
        this.home = home;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
        AppHomeOpenedEvent event = payload.getEvent();
        String user = event.getUser();
        if (user != null && (event.getTab() == null || HOME.equals(event.getTab()))) {
            work.submit(user, "Home tab for " + user, () -> home.opened(user));
        }
        return context.ack();
    }
}
