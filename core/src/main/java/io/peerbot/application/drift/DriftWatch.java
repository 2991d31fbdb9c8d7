package io.peerbot.application.drift;

import io.peerbot.application.engine.Reading;
import io.peerbot.application.lifecycle.Parties;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.lifecycle.UnsavedRequests;
import io.peerbot.application.lifecycle.UntrustedRecords;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Scheduler;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.drift.DriftCheck;
import io.peerbot.domain.drift.DriftMemo;
import io.peerbot.domain.drift.DriftPlans;
import io.peerbot.domain.drift.DriftReference;
import io.peerbot.domain.drift.Finding;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.Stage;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drift watch: every run compares each applied peering peerbot manages, in its own and every watched
 * location, with the plan its owners approved, and posts each new finding once in the peering's thread. What was
 * posted (and dismissed) is kept sealed with the record, so a finding that stays the same is not posted again,
 * across restarts too. A record that does not verify is reported, never compared or repaired.
 *
 * <p>A run reads each VPC once however many peerings it has, one read at a time, paced by {@link ReadPace}: it
 * runs on the scheduler's own thread, never on the workers that answer people.
 */
public final class DriftWatch {
    private static final Logger log = LoggerFactory.getLogger(DriftWatch.class);
    /**
     * A VPC's snapshot is one describe per kind of resource: the VPC, subnets, route tables, groups, group rules,
     * instances, network ACLs.
     */
    static final int SNAPSHOT_DESCRIBES = 7;

    private final Ec2Gateways gateways;
    private final ManagedPeerings peerings;
    private final PeeringRecords records;
    private final Parties parties;
    private final ChatPort chat;
    private final Set<Location> locations;
    private final ReadPace pace;
    private final UnsavedRequests unsaved;
    private final DriftCheck check = new DriftCheck();
    private final DriftPlans plans = new DriftPlans();
    /** Untrusted records reported by this process: they cannot carry a memo of their own. */
    private final Set<String> untrustedReported = ConcurrentHashMap.newKeySet();

    /** What one run did. */
    public record Run(int peeringsChecked, int vpcsRead, List<Finding> posted, int failures) {
    }

    /** @param unsaved withdraws the requests peerbot stopped making before it saved them, as it comes across them */
    public DriftWatch(Ec2Gateways gateways, ManagedPeerings peerings, PeeringRecords records, Parties parties,
                      ChatPort chat, Set<Location> locations, ReadPace pace, UnsavedRequests unsaved) {
        this.unsaved = unsaved;
        this.gateways = gateways;
        this.peerings = peerings;
        this.records = records;
        this.parties = parties;
        this.chat = chat;
        this.locations = Set.copyOf(new LinkedHashSet<>(locations));
        this.pace = pace;
    }

    /** Runs now and then every {@code interval}, on the scheduler's thread. */
    public void startOn(Scheduler scheduler, Duration interval) {
        scheduler.every(interval, this::run);
    }

    public Run run() {
        Map<String, VpcSnapshot> snapshots = new HashMap<>();
        List<Finding> posted = new ArrayList<>();
        int checked = 0;
        int failures = 0;
        for (Location location : locations) {
            List<ManagedPeerings.Lookup> found;
            try {
                pace.acquire();
                found = peerings.managedIn(location);
            } catch (CloudException e) {
                log.warn("drift watch: could not list the peerings in {}: {}", location, e.getMessage());
                failures++;
                continue;
            }
            for (ManagedPeerings.Lookup lookup : found) {
                if (lookup instanceof ManagedPeerings.Untrusted untrusted) {
                    if (untrustedReported.add(untrusted.id().value() + "|" + untrusted.why())) {
                        new UntrustedRecords(chat).report(untrusted);
                    }
                    continue;
                }
                if (lookup instanceof ManagedPeerings.Unsaved request) {
                    unsaved.withdrawIfAbandoned(request);
                    continue;
                }
                ManagedPeerings.Found managed = (ManagedPeerings.Found) lookup;
                if (!watched(managed.peering())) {
                    continue;
                }
                checked++;
                try {
                    posted.addAll(check(managed.peering(), managed.status(), snapshots));
                } catch (CloudException e) {
                    log.warn("drift watch: could not check {}: {}", managed.peering().id(), e.getMessage());
                    failures++;
                } catch (RuntimeException e) {
                    log.error("drift watch: checking {} failed", managed.peering().id(), e);
                    failures++;
                }
            }
        }
        log.info("drift watch: {} peering(s) checked, {} VPC(s) read, {} new finding(s)", checked, snapshots.size(),
                posted.size());
        return new Run(checked, snapshots.size(), List.copyOf(posted), failures);
    }

    /** Applied, with a thread to report in, and no change of it under way. */
    private static boolean watched(ManagedPeering peering) {
        return peering.stage() == Stage.APPLIED && peering.hasThread() && peering.inProgress().isEmpty();
    }

    private List<Finding> check(ManagedPeering peering, PeeringStatus status, Map<String, VpcSnapshot> snapshots) {
        VpcSnapshot requester = null;
        VpcSnapshot accepter = null;
        if (status == PeeringStatus.ACTIVE) {
            requester = snapshot(peering.requester(), snapshots);
            accepter = snapshot(peering.accepter(), snapshots);
        }
        ManagedPeering judged = peering.drift().scope().isEmpty() && requester != null
                ? peering.withDrift(peering.drift().withScope(plans.adopted(peering, requester, accepter)))
                : peering;
        List<Finding> findings = check.check(judged, status, requester, accepter);
        List<Finding> fresh = findings.stream().filter(f -> judged.drift().isNew(f.fingerprint())).toList();
        Set<String> postedNow = new LinkedHashSet<>();
        if (!fresh.isEmpty()) {
            Scene scene = requester == null ? null : parties.sceneOf(new Reading(status, requester, accepter));
            for (Finding finding : fresh) {
                try {
                    chat.reply(judged.thread(), new Notice.DriftFound(judged, finding,
                            scene == null ? Owners.none() : scene.requesterOwners(),
                            scene == null ? Owners.none() : scene.accepterOwners(),
                            DriftReference.to(judged, finding)));
                    postedNow.add(finding.fingerprint());
                    log.info("drift on {}: {}", judged.id(), finding.entries());
                } catch (RuntimeException e) {
                    log.warn("could not post a drift finding of {}; trying again next run", judged.id(), e);
                }
            }
        }
        Set<String> current = new LinkedHashSet<>();
        findings.forEach(f -> current.add(f.fingerprint()));
        DriftMemo next = judged.drift().seen(current, postedNow);
        if (!next.equals(peering.drift())) {
            remember(peering, next);
        }
        return fresh.stream().filter(f -> postedNow.contains(f.fingerprint())).toList();
    }

    /** Keeps the memo with the record, read afresh under the peering's lock so no decision is overwritten. */
    private void remember(ManagedPeering seen, DriftMemo memo) {
        try {
            records.locked(seen.id(), () -> {
                // a change being applied saves its own record when done; what was seen is posted again next run
                records.found(seen.id(), seen.requester().location())
                        .filter(fresh -> fresh.peering().inProgress().isEmpty()).ifPresent(fresh -> {
                    DriftMemo kept = fresh.peering().drift();
                    Map<String, String> dismissed = new HashMap<>(memo.dismissed());
                    kept.dismissed().forEach((fingerprint, user) -> {
                        if (!seen.drift().dismissed().containsKey(fingerprint)) {
                            dismissed.put(fingerprint, user);
                        }
                    });
                    DriftMemo merged = new DriftMemo(kept.scope().isEmpty() ? memo.scope() : kept.scope(),
                            memo.reported(), dismissed);
                    records.save(fresh.peering().withDrift(merged));
                });
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("could not keep what the drift watch saw on {}; it may be posted again: {}", seen.id(),
                    e.getMessage());
        }
    }

    private VpcSnapshot snapshot(PeeringSide side, Map<String, VpcSnapshot> snapshots) {
        String key = side.location() + "/" + side.vpcId();
        VpcSnapshot known = snapshots.get(key);
        if (known != null) {
            return known;
        }
        pace.acquire(SNAPSHOT_DESCRIBES);
        VpcSnapshot read = gateways.at(side.location()).snapshot(side.vpcId());
        snapshots.put(key, read);
        return read;
    }
}
