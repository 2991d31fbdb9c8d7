package io.peerbot.domain.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one picture shows: the whole map, one account's part ({@code account}), or the part around one VPC
 * ({@code focus}, with each VPC's {@link Role} and where people might assume a path through a hub).
 * {@code hubs}: VPCs whose peers do not all reach each other, for a map not drawn around one VPC (at most
 * {@link NetworkMap#MAX_NAMED_HUBS}, the most misleading first).
 */
public record MapView(Optional<MapVpc> focus, Optional<String> account, List<MapVpc> vpcs, List<MapPeering> peerings,
                      Map<String, Role> roles, List<HubWarning> warnings, List<Hub> hubs) {
    public MapView {
        vpcs = List.copyOf(vpcs);
        peerings = List.copyOf(peerings);
        roles = Map.copyOf(roles);
        warnings = List.copyOf(warnings);
        hubs = List.copyOf(hubs);
    }

    public Role roleOf(String vpcId) {
        return roles.getOrDefault(vpcId, Role.PLAIN);
    }

    public boolean isHub(String vpcId) {
        return hubs.stream().anyMatch(h -> h.vpc().id().equals(vpcId))
                || warnings.stream().anyMatch(w -> w.hub().id().equals(vpcId));
    }
}
