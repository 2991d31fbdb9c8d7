package io.peerbot.application.usecase;

import io.peerbot.application.port.MapPainter;
import io.peerbot.application.port.CommandOutcome;
import io.peerbot.application.port.OwnerDirectory;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.application.port.RemoteCommands;
import io.peerbot.domain.connectivity.ProbeScript;
import io.peerbot.domain.network.Location;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The ports a flow test does not exercise: no owners file, an empty directory, no connectivity test. */
final class Unused {
    private Unused() {
    }

    static OwnersFile ownersFile() {
        return new OwnersFile() {
            @Override
            public Optional<List<String>> ownersOf(String vpcId, Optional<String> name, String account) {
                return Optional.empty();
            }

            @Override
            public Optional<String> path() {
                return Optional.empty();
            }
        };
    }

    static OwnerDirectory directory() {
        return new OwnerDirectory() {
            @Override
            public Optional<String> userIdByEmail(String email) {
                return Optional.empty();
            }

            @Override
            public Set<String> membersOfGroup(String groupId) {
                return Set.of();
            }
        };
    }

    static RemoteCommands remoteCommands() {
        return new RemoteCommands() {
            @Override
            public CommandOutcome run(Location location, String instanceId, ProbeScript probe, String comment) {
                throw new AssertionError("no connectivity test here");
            }

            @Override
            public Set<String> managed(Location location, Collection<String> instanceIds) {
                return Set.of();
            }
        };
    }

    static MapPainter painter() {
        return view -> {
            throw new AssertionError("no map here");
        };
    }
}
