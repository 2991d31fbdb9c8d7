package io.peerbot.domain.change;

import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a change may be asked for on a peering (pure): only on an applied peering of peerbot's (a delete
 * also on one whose apply failed), one change at a time, closing only ports that are open, opening only
 * ports that are not. Each refusal says what is wrong and what to do instead.
 */
public final class ChangeCheck {

    /** The outcome of a check. */
    public sealed interface Verdict {
    }

    /**
     * The change may be asked for, with these ports (an open leaves out those open already).
     * {@code notes} tell the asker what was left out.
     */
    public record Allowed(List<PortRange> ports, List<String> notes) implements Verdict {
        public Allowed {
            ports = List.copyOf(ports);
            notes = List.copyOf(notes);
        }
    }

    /** Nothing may change; {@code reason} says why and what to do. */
    public record Refused(String reason) implements Verdict {
    }

    /**
     * A change refused because another is pending; the caller adds where that one is (a link to the thread).
     */
    public record Busy(Change pending, String reason) implements Verdict {
    }

    private ChangeCheck() {
    }

    /**
     * @param status the peering connection's status in EC2 now
     * @param ports  the ports typed (empty for delete)
     */
    public static Verdict check(ManagedPeering request, PeeringStatus status, ChangeKind kind, List<PortRange> ports) {
        if (request.pendingChange().isPresent()) {
            Change pending = request.pendingChange().get();
            return new Busy(pending, "`" + request.id() + "` already has a change pending: `/peer " + pending.describe()
                    + "`, asked by <@" + pending.requestedBy() + ">, "
                    + (pending.state() == ChangeState.APPLYING ? "being applied now" : "awaiting approval")
                    + ". One change at a time: approve or deny that one in the request's thread first. Nothing changed.");
        }
        Optional<String> notApplicable = notApplicable(request, status, kind);
        if (notApplicable.isPresent()) {
            return new Refused(notApplicable.get() + " Nothing changed.");
        }
        return switch (kind) {
            case DELETE -> new Allowed(List.of(), List.of());
            case CREATE -> new Refused("A peering is created once; ask for a new one with `/peer <vpc> <vpc>`.");
            case OPEN -> opening(request, ports);
            case CLOSE -> closing(request, ports);
        };
    }

    /**
     * Why this kind of change cannot apply to the request as it stands (its state, and the peering's
     * status in EC2), regardless of other changes; empty when it can. Checked when asked and on every click.
     */
    public static Optional<String> notApplicable(ManagedPeering request, PeeringStatus status, ChangeKind kind) {
        String pcx = "`" + request.id() + "`";
        String verb = kind.tag();
        switch (request.stage()) {
            case AWAITING_APPROVAL -> {
                return Optional.of(pcx + " is still awaiting approval, not applied: there is nothing to " + verb
                        + " yet. " + (kind == ChangeKind.DELETE ? "To drop the request, deny it in its thread "
                        + "(the requester and the owners may deny)." : "Wait for the request to be approved and "
                        + "applied, or ask again with the ports you need."));
            }
            case APPLYING -> {
                return Optional.of(pcx + " is being applied right now; wait for it to finish, then try again.");
            }
            case DENIED, EXPIRED -> {
                return Optional.of(pcx + " was " + request.stage().tag() + ", so the peering was never made: there"
                        + " is nothing to " + verb + ".");
            }
            case DELETING -> {
                return Optional.of(pcx + " is being deleted already.");
            }
            case DELETED -> {
                return Optional.of(pcx + " was deleted already: there is nothing to " + verb + ".");
            }
            case FAILED -> {
                if (kind != ChangeKind.DELETE) {
                    return Optional.of("The last apply of " + pcx + " failed: finish it with `/peer retry "
                            + request.id() + "` (or take it down with `/peer delete " + request.id()
                            + "`) before you " + verb + " ports.");
                }
            }
            case APPLIED -> {
                if (kind != ChangeKind.DELETE && status != PeeringStatus.ACTIVE) {
                    return Optional.of(pcx + " is " + status.code() + " in EC2, not active: its security group"
                            + " rules cannot be changed through it. `/peer delete " + request.id()
                            + "` takes down what is left.");
                }
            }
            default -> throw new IllegalStateException("unknown stage " + request.stage());
        }
        return Optional.empty();
    }

    private static Verdict opening(ManagedPeering request, List<PortRange> ports) {
        List<PortRange> open = request.options().ports();
        List<PortRange> fresh = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (PortRange asked : ports) {
            if (open.contains(asked)) {
                already.add("`" + asked + "`");
                continue;
            }
            for (PortRange existing : open) {
                if (asked.within(existing)) {
                    return new Refused("`" + asked + "` is already open on `" + request.id() + "`: `" + existing
                            + "` covers it. Nothing changed.");
                }
                if (existing.within(asked)) {
                    return new Refused("`" + asked + "` overlaps `" + existing + "`, which is open on `"
                            + request.id() + "` already. Open only what is not covered, or close `" + existing
                            + "` first. Nothing changed.");
                }
            }
            fresh.add(asked);
        }
        if (fresh.isEmpty()) {
            return new Refused(String.join(", ", already) + (already.size() == 1 ? " is" : " are")
                    + " open on `" + request.id() + "` already (open: " + list(open) + "). Nothing changed.");
        }
        if (open.size() + fresh.size() > PortList.MAX_ITEMS) {
            return new Refused("A peering keeps at most " + PortList.MAX_ITEMS + " port items; `" + request.id()
                    + "` has " + open.size() + " and this adds " + fresh.size() + ". Use a range such as "
                    + "`tcp:8000-8100`, or close some first. Nothing changed.");
        }
        if (!already.isEmpty()) {
            notes.add(String.join(", ", already) + (already.size() == 1 ? " is" : " are")
                    + " open already and left out.");
        }
        return new Allowed(fresh, notes);
    }

    private static Verdict closing(ManagedPeering request, List<PortRange> ports) {
        List<PortRange> open = request.options().ports();
        List<PortRange> notOpen = ports.stream().filter(p -> !open.contains(p)).toList();
        if (!notOpen.isEmpty()) {
            return new Refused(list(notOpen) + (notOpen.size() == 1 ? " is" : " are") + " not open on `"
                    + request.id() + "` (open: " + list(open) + "). Close ports exactly as they were opened."
                    + " Nothing changed.");
        }
        if (ports.size() == open.size()) {
            return new Refused("That closes every port of `" + request.id() + "` (" + list(open)
                    + "). To take the peering down, use `/peer delete " + request.id() + "`; to keep it, leave"
                    + " at least one port open (`icmp` lets the connectivity test ping). Nothing changed.");
        }
        return new Allowed(ports, List.of());
    }

    private static String list(List<PortRange> ports) {
        return ports.stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "));
    }
}
