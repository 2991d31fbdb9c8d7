package io.peerbot.application.port;

import io.peerbot.domain.network.Location;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Runs shell commands on EC2 instances, as a person would with SSM Run Command ({@code AWS-RunShellScript}).
 * Failures of the service itself (permissions, throttling after retries) are {@link CloudException}s.
 */
public interface RemoteCommands {

    /**
     * Runs the commands, one a line, on the instance and waits until they finish or the configured
     * timeout passes.
     *
     * @param comment shown with the command in the console, e.g. "peerbot connectivity test pcx-…"
     */
    CommandOutcome run(Location location, String instanceId, List<String> commands, String comment);

    /** Those of the instances that are managed and online, ready to take commands. */
    Set<String> managed(Location location, Collection<String> instanceIds);
}
