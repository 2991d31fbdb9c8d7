package io.peerbot.application.lifecycle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.peerbot.domain.change.ChangePlan;
import java.util.Optional;

/**
 * The plans cards showed lately, by digest. A change records only its plan's digest; while the plan itself is
 * still here, a plan that changed can be told as a difference instead of shown again in full. Forgotten on a
 * restart, and bounded: losing one only makes the report longer.
 */
public final class ShownPlans {
    private final Cache<String, ChangePlan> plans = Caffeine.newBuilder().maximumSize(2_000).build();

    public void remember(ChangePlan plan) {
        plans.put(plan.digest().value(), plan);
    }

    public Optional<ChangePlan> find(String digest) {
        return digest.isEmpty() ? Optional.empty() : Optional.ofNullable(plans.getIfPresent(digest));
    }
}
