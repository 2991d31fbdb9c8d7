package io.peerbot.application.port;

import io.peerbot.domain.network.Location;
import io.peerbot.domain.validation.Quotas;
import java.util.Optional;

/** The EC2 quotas applied in one account and region, as Service Quotas (or the configuration) gives them. */
public interface QuotaSource {

    Applied quotasIn(Location location);

    /**
     * @param quotas     what a peering there is checked against
     * @param unanswered why these are AWS's defaults rather than the applied quotas; empty when they were read
     */
    record Applied(Quotas quotas, Optional<String> unanswered) {
        public static Applied read(Quotas quotas) {
            return new Applied(quotas, Optional.empty());
        }
    }

    /** The same quotas everywhere, e.g. AWS's defaults with {@code PEERBOT_QUOTAS}: nothing is read. */
    static QuotaSource fixed(Quotas quotas) {
        return location -> Applied.read(quotas);
    }
}
