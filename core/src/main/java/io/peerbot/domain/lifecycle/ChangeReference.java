package io.peerbot.domain.lifecycle;

import io.peerbot.domain.network.Location;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a button carries: where to find the peering in AWS and which of its changes the button decides,
 * {@code pcx-…@account:region#open-1732870100123} (the change's kind and {@link Change#id()}), and on a card's
 * Approve and Deny the start of the digest of the plan the card shows ({@code ~3f2a9c01b7d4}), so a click on a
 * card that still shows another plan approves nothing. Everything else is read back from AWS on every click.
 *
 * @param plan the first {@link #PLAN_DIGITS} digits of the shown plan's digest; empty when the button shows none
 */
public record ChangeReference(PcxId pcxId, Location location, ChangeRef change, String plan) {
    static final int PLAN_DIGITS = 12;
    private static final Pattern FORM = Pattern.compile(ConnectionReference.FORM
            + "#([a-z]+)-(\\d{1,18})(?:~([0-9a-f]{" + PLAN_DIGITS + "}))?");

    public ChangeReference {
        Objects.requireNonNull(plan, "plan");
    }

    public ChangeReference(PcxId pcxId, Location location, ChangeRef change) {
        this(pcxId, location, change, "");
    }

    public static ChangeReference to(ManagedPeering peering, Change change) {
        return new ChangeReference(peering.id(), peering.requester().location(), change.ref());
    }

    /** The reference a card's buttons carry: the change, and the plan the card shows as recorded on it. */
    public static ChangeReference shown(ManagedPeering peering, Change change) {
        String digest = change.planDigest();
        return new ChangeReference(peering.id(), peering.requester().location(), change.ref(),
                digest.length() >= PLAN_DIGITS ? digest.substring(0, PLAN_DIGITS) : "");
    }

    /** Whether the button was drawn with a plan other than {@code change}'s now (a button naming none never is). */
    public boolean showedAnotherPlanThan(Change change) {
        return !plan.isEmpty() && !change.planDigest().startsWith(plan);
    }

    public String encode() {
        return new ConnectionReference(pcxId, location).encode() + "#" + change.kind().tag() + "-" + change.id()
                + (plan.isEmpty() ? "" : "~" + plan);
    }

    /** Empty for anything that is not exactly a reference (a forged or mangled value). */
    public static Optional<ChangeReference> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            ConnectionReference at = ConnectionReference.from(m);
            return Optional.of(new ChangeReference(at.pcxId(), at.location(),
                    new ChangeRef(ChangeKind.fromTag(m.group(4)), Long.parseLong(m.group(5))),
                    m.group(6) == null ? "" : m.group(6)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
