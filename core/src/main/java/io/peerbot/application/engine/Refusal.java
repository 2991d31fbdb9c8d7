package io.peerbot.application.engine;

import io.peerbot.domain.validation.Rejection;
import java.util.ArrayList;
import java.util.List;

/** Carries a {@link Rejection} out of a parallel read, to become a {@link Preparation.Refused}. */
final class Refusal extends RuntimeException {
    private final transient Rejection rejection;

    Refusal(Rejection rejection) {
        super(rejection.getClass().getSimpleName(), null, true, false);
        this.rejection = rejection;
    }

    /** This refusal's rejection and those of refusals suppressed by it (other reads failing alike). */
    List<Rejection> rejections() {
        List<Rejection> all = new ArrayList<>(List.of(rejection));
        for (Throwable other : getSuppressed()) {
            if (other instanceof Refusal refusal && !all.contains(refusal.rejection)) {
                all.add(refusal.rejection);
            }
        }
        return all;
    }
}
