package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.Ec2Settings;
import io.peerbot.standin.ec2.iam.Principal;
import io.peerbot.standin.ec2.model.StoredInstance;
import io.peerbot.standin.ec2.model.StoredNetworkInterface;
import io.peerbot.standin.ec2.model.StoredNetworkAcl;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSubnet;
import io.peerbot.standin.ec2.model.StoredVpc;
import io.peerbot.standin.ec2.model.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** One EC2 call being answered: caller, region, parameters, and look-ups that fail as EC2 does. */
record Ec2Call(Principal caller, String region, Ec2Params params, World world, RegionState here,
               Ec2Settings settings) {

    String account() {
        return caller.account();
    }

    StoredVpc vpc(String id) {
        return here.findVpc(id).orElseThrow(() -> Ec2Errors.notFound(id));
    }

    StoredSubnet subnet(String id) {
        return here.findSubnet(id).orElseThrow(() -> Ec2Errors.notFound(id));
    }

    StoredRouteTable routeTable(String id) {
        return here.findRouteTable(id).orElseThrow(() -> Ec2Errors.notFound(id));
    }

    StoredSecurityGroup securityGroup(String id) {
        return here.findSecurityGroup(id).orElseThrow(() -> Ec2Errors.notFound(id));
    }

    StoredNetworkAcl networkAcl(String id) {
        return here.findNetworkAcl(id).orElseThrow(() -> Ec2Errors.notFound(id));
    }

    StoredNetworkInterface networkInterface(String id) {
        return here.findNetworkInterface(id).orElseThrow(() -> Ec2Errors.notFound(id));
    }

    StoredInstance instance(String id) {
        return here.findInstance(id).orElseThrow(() -> Ec2Errors.notFound(id));
    }

    /** A peering connection the caller sees: the caller's account and region is one of its sides. */
    StoredPeeringConnection peering(String id) {
        return world.findPeering(id).filter(p -> p.seenBy(account(), region))
                .orElseThrow(() -> Ec2Errors.notFound(id));
    }

    /**
     * The resources named by the ID list parameter {@code idParam} (e.g. {@code VpcId}), each must exist; or all of
     * {@code all} when the list is empty.
     */
    <T> List<T> selected(String idParam, List<T> all, BiFunction<Ec2Call, String, T> lookup) {
        List<String> ids = params.list(idParam);
        if (ids.isEmpty()) {
            return all;
        }
        return ids.stream().distinct().map(id -> lookup.apply(this, id)).toList();
    }

    /** The tags of {@code TagSpecification.N} entries for a resource type, validated. */
    Map<String, String> tagSpecifications(String resourceType) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Ec2Params spec : params.members("TagSpecification")) {
            String type = spec.get("ResourceType");
            if (type != null && !type.equals(resourceType)) {
                throw Ec2Errors.invalid("'" + type + "' is not a valid taggable resource type for this operation.");
            }
            for (Ec2Params tag : spec.members("Tag")) {
                tags.put(tag.required("Key"), Optional.ofNullable(tag.get("Value")).orElse(""));
            }
        }
        TagRules.check(tags, Map.of());
        return tags;
    }
}
