package io.peerbot.application.usecase;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.command.TypedCommand;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.lifecycle.ManagedPeering;
import java.util.Optional;

/**
 * {@code /peer test <pcx-id> [--ports …]}: runs the connectivity test again on an active peering of
 * peerbot's; the results go to the request's thread, where the rest of its record is.
 */
public final class RunTest {
    private final PeeringFinder finder;
    private final TestConnectivity test;
    private final ChatPort chat;

    public RunTest(PeeringFinder finder, TestConnectivity test, ChatPort chat) {
        this.finder = finder;
        this.test = test;
        this.chat = chat;
    }

    public void run(Actor actor, TypedCommand.Test command) {
        Optional<PeeringConnection> peering = finder.peering(command.pcxId());
        if (peering.isEmpty()) {
            Conversation.tell(chat, actor, "I find no peering `" + command.pcxId() + "`. Check the id, or `/peer list`"
                    + " for mine.");
            return;
        }
        Optional<ManagedPeering> request = finder.managed(peering.get());
        if (request.isEmpty()) {
            Conversation.tell(chat, actor, "`" + command.pcxId() + "` was not made by peerbot, so I have no thread to"
                    + " report to. Test it by hand, or ask for a peering with `/peer`.");
            return;
        }
        if (peering.get().status() != PeeringStatus.ACTIVE) {
            Conversation.tell(chat, actor, "`" + command.pcxId() + "` is " + peering.get().status().code()
                    + ", not active: there is no path to test yet. Nothing was run.");
            return;
        }
        Conversation.tell(chat, actor, "Testing `" + command.pcxId() + "`; the results will be in its thread.");
        chat.reply(request.get().thread(), new Notice.Text("<@"
                + actor.userId() + "> runs the connectivity test" + (command.ports().isEmpty() ? "."
                : " for " + command.ports() + ".")));
        test.runAndReport(request.get(), command.ports());
    }
}
