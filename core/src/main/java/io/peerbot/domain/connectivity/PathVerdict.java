package io.peerbot.domain.connectivity;

import io.peerbot.domain.traffic.PortRange;
import java.util.Objects;

/** What the static path check found for one kind of traffic in one direction. */
public sealed interface PathVerdict {
    /** The traffic checked: {@code icmp}, {@code tcp:5432}, … */
    PortRange traffic();

    boolean open();

    /**
     * Every route, ACL and security group on the way (and back) lets the traffic through.
     *
     * @param assumedReturnPorts the return ports the check had to assume because the client's platform is unknown
     *                           and a network ACL lets only some of 1024–65535 back (those of a Linux client);
     *                           null when nothing was assumed
     */
    record Open(PortRange traffic, PortRange assumedReturnPorts) implements PathVerdict {
        public Open {
            Objects.requireNonNull(traffic, "traffic");
        }

        public Open(PortRange traffic) {
            this(traffic, null);
        }

        @Override
        public boolean open() {
            return true;
        }
    }

    /**
     * The first element on the way that stops the traffic.
     *
     * @param elementId the id a person looks up in the console ({@code rtb-…}, {@code acl-…}, {@code sg-…})
     * @param reason    one sentence naming the element and what it lacks or denies
     */
    record Blocked(PortRange traffic, Hop hop, String elementId, String reason) implements PathVerdict {
        public Blocked {
            Objects.requireNonNull(traffic, "traffic");
            Objects.requireNonNull(hop, "hop");
            Objects.requireNonNull(elementId, "elementId");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean open() {
            return false;
        }
    }
}
