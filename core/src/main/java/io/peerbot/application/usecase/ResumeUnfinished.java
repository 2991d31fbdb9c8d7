package io.peerbot.application.usecase;

import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestState;
import io.peerbot.domain.request.RequestTags;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On start: finds the bot's peerings left in an unfinished state by a restart (approved, applying, or a
 * change being applied: open, close, delete) and finishes them, saying so in their threads; marks requests
 * AWS has expired as expired.
 */
public final class ResumeUnfinished {
    private static final Logger log = LoggerFactory.getLogger(ResumeUnfinished.class);

    private final Ec2Gateways gateways;
    private final PeeringFinder finder;
    private final RequestStore store;
    private final ApplyRequest apply;
    private final ApplyChange applyChange;
    private final ChatPort chat;

    public ResumeUnfinished(Ec2Gateways gateways, PeeringFinder finder, RequestStore store, ApplyRequest apply,
                            ApplyChange applyChange, ChatPort chat) {
        this.applyChange = applyChange;
        this.gateways = gateways;
        this.finder = finder;
        this.store = store;
        this.apply = apply;
        this.chat = chat;
    }

    /** Returns the ids of the requests it resumed. */
    public List<String> resume() {
        List<String> resumed = new ArrayList<>();
        for (Location location : finder.locations()) {
            for (PeeringConnection peering : gateways.at(location).managedPeerings()) {
                RequestTags.decode(peering).ifPresent(request -> {
                    if (!request.requester().location().equals(location)) {
                        return;
                    }
                    if (request.state().unfinished()
                            && (request.state() != RequestState.DELETING || request.changeInProgress())) {
                        resumeOne(request);
                        resumed.add(request.pcxId());
                    } else if (request.state() == RequestState.AWAITING_APPROVAL
                            && peering.status() == PeeringStatus.EXPIRED) {
                        store.save(request.withState(RequestState.EXPIRED));
                        thread(request, "This request expired: AWS drops peering requests not accepted within"
                                + " 7 days. Ask again with `/peer`.");
                    }
                });
            }
        }
        return resumed;
    }

    private void resumeOne(PeeringRequest request) {
        log.info("resuming {} ({})", request.pcxId(), request.state().tag());
        try {
            if (request.changeInProgress()) {
                thread(request, "peerbot restarted while `/peer " + request.change().describe() + "` was being"
                        + " applied; finishing it now.");
                applyChange.apply(request);
                return;
            }
            thread(request, "peerbot restarted while this was " + request.state().tag() + "; finishing it now.");
            apply.apply(request);
        } catch (RuntimeException e) {
            log.error("resuming {} failed", request.pcxId(), e);
        }
    }

    private void thread(PeeringRequest request, String text) {
        chat.reply(new MessageRef(request.channel(), request.threadTs()), new Notice.Text(text));
    }
}
