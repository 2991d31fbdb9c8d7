package io.peerbot.application.lifecycle;

import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests peerbot created but never saved, because it stopped in between: withdrawn in EC2 once no save can still
 * be coming, their card saying so. Nothing else is ever done on them (see {@link ManagedPeerings.Unsaved}).
 */
public final class UnsavedRequests {
    /**
     * Longer than a first save takes, retries and pacing included: a younger request may be another replica's,
     * whose save is still under way.
     */
    public static final Duration SAVE_GRACE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(UnsavedRequests.class);

    private final ManagedPeerings peerings;
    private final ChatPort chat;
    private final Clock clock;

    public UnsavedRequests(ManagedPeerings peerings, ChatPort chat, Clock clock) {
        this.peerings = peerings;
        this.chat = chat;
        this.clock = clock;
    }

    /**
     * Withdraws the request when it is pending acceptance and older than {@link #SAVE_GRACE}, and says so on its
     * card; returns whether it did.
     */
    public boolean withdrawIfAbandoned(ManagedPeerings.Unsaved request) {
        if (!request.status().pending()) {
            return false;
        }
        if (request.askedAt().plus(SAVE_GRACE).isAfter(clock.instant())) {
            log.info("{} was asked for at {} and is not saved yet: left to its save for now", request.id(),
                    request.askedAt());
            return false;
        }
        PeeringStatus status;
        try {
            status = peerings.withdraw(request);
        } catch (CloudException e) {
            log.warn("could not withdraw {}, a request peerbot never saved", request.id(), e);
            return false;
        }
        request.card().ifPresentOrElse(card -> chat.update(card, new Notice.RequestNeverSaved(request.id(), status)),
                () -> log.warn("{}, a request peerbot never saved, names no card to tell", request.id()));
        return true;
    }
}
