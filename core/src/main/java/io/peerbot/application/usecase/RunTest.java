package io.peerbot.application.usecase;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.command.TypedCommand;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.lifecycle.ManagedPeering;
import java.util.List;
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
            tell(actor, new Notice.UnknownPeering(command.pcxId(), List.copyOf(finder.locations())));
            return;
        }
        ManagedPeerings.Lookup record = finder.recordOf(peering.get());
        Optional<ManagedPeering> request = record.verified();
        if (request.isEmpty() || peering.get().status() != PeeringStatus.ACTIVE) {
            tell(actor, new Notice.CannotTest(command.pcxId(), peering.get().status(), record));
            return;
        }
        tell(actor, new Notice.TestStarted(command.pcxId()));
        chat.reply(request.get().thread(), new Notice.TestAsked(actor.userId(), command.ports()));
        test.runAndReport(request.get(), command.ports());
    }

    private void tell(Actor actor, Notice notice) {
        chat.tellPrivately(actor.channel(), actor.userId(), notice);
    }
}
