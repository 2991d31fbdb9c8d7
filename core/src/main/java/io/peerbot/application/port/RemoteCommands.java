package io.peerbot.application.port;

import io.peerbot.domain.connectivity.ProbeScript;
import io.peerbot.domain.network.Location;
import java.util.Collection;
import java.util.Set;

/**
 * Runs the connectivity probe on EC2 instances with SSM Run Command and the bot's own document
 * ({@code peerbot-probe}), which can do nothing but ping an address and try TCP connects: no other command can be
 * sent through this port. Failures of the service itself (permissions, throttling after retries, the document
 * missing in the account) are {@link CloudException}s.
 */
public interface RemoteCommands {

    /**
     * Runs the probe on the instance and waits until it finishes or the configured timeout passes.
     *
     * @param comment shown with the command in the console, e.g. "peerbot connectivity test pcx-…"
     */
    CommandOutcome run(Location location, String instanceId, ProbeScript probe, String comment);

    /**
     * Those of the instances that are managed, online and run Linux (as SSM reports their platform): the probe is a
     * shell script, so only they can take it.
     */
    Set<String> managed(Location location, Collection<String> instanceIds);
}
