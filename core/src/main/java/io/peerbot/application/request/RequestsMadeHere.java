package io.peerbot.application.request;

import io.peerbot.application.port.RequestsJustMade;
import io.peerbot.domain.network.Location;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The requests made lately, in this process's memory: all a single replica needs. */
public final class RequestsMadeHere implements RequestsJustMade {
    private final Map<Location, Map<String, Instant>> made = new ConcurrentHashMap<>();

    @Override
    public Set<String> since(Location location, Instant since) {
        return made.getOrDefault(location, Map.of()).entrySet().stream()
                .filter(note -> !note.getValue().isBefore(since)).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void note(Location location, String pcxId, Instant at, Instant forgetBefore) {
        Map<String, Instant> here = made.computeIfAbsent(location, l -> new ConcurrentHashMap<>());
        here.values().removeIf(noted -> noted.isBefore(forgetBefore));
        here.put(pcxId, at);
    }
}
