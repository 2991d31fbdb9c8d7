package io.peerbot.domain.connectivity;

import io.peerbot.domain.network.Instance;
import io.peerbot.domain.network.ResourceTags;
import io.peerbot.domain.network.VpcSnapshot;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks the instance to test from in a VPC, as a person would: a running one tagged {@code peerbot:probe}
 * (any value but {@code false}), else a running instance in the chosen subnets (the request's
 * {@code --subnets} that lie in this VPC; any subnet when none do). Among equals, one that can run commands
 * (SSM managed) comes first, then the lowest id. A Windows instance is never picked: the probe is a Linux shell
 * script.
 */
public final class ProbeSelector {
    private ProbeSelector() {
    }

    /**
     * @param subnets the request's subnets (of either VPC); empty for every subnet
     * @param managed ids of instances known to accept remote commands; may be empty when unknown
     */
    public static ProbeChoice choose(VpcSnapshot vpc, List<String> subnets, Set<String> managed) {
        List<String> chosen = subnets.stream().filter(s -> vpc.subnet(s).isPresent()).toList();
        Predicate<Instance> inChosen = i -> chosen.isEmpty() || chosen.contains(i.subnetId());
        Comparator<Instance> preference = Comparator
                .comparing((Instance i) -> !managed.contains(i.id()))
                .thenComparing(i -> !inChosen.test(i))
                .thenComparing(Instance::id);

        List<Instance> running = vpc.instances().stream().filter(Instance::running)
                .filter(i -> ClientPlatform.of(i) != ClientPlatform.WINDOWS).toList();
        return running.stream().filter(ProbeSelector::tagged).min(preference)
                .or(() -> running.stream().filter(inChosen).min(preference))
                .<ProbeChoice>map(ProbeChoice.Found::new)
                .orElseGet(() -> new ProbeChoice.Missing(reason(vpc, chosen)));
    }

    private static boolean tagged(Instance instance) {
        String value = instance.tags().get(ResourceTags.PROBE);
        return value != null && !value.equalsIgnoreCase("false");
    }

    private static String reason(VpcSnapshot vpc, List<String> chosen) {
        String where = chosen.isEmpty() ? vpc.displayName()
                : vpc.displayName() + " (subnets " + String.join(", ", chosen) + ")";
        return "no running Linux instance in " + where + " to test from; launch one there or tag a running one with "
                + ResourceTags.PROBE;
    }
}
