package io.peerbot.standin.ec2.ssm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SSM's view of the instances, and how commands on them behave: every instance is a managed instance
 * unless marked otherwise; commands finish after {@link #completionDelay} (none by default), or never on an
 * instance that {@link #hang}s; ping's round trip is {@link #latency} with a small deterministic jitter;
 * every port listens unless {@link #closePort closed}. Change it before or between calls; thread-safe.
 */
public final class SsmFleet {
    private final Set<String> unmanaged = ConcurrentHashMap.newKeySet();
    private final Set<String> hanging = ConcurrentHashMap.newKeySet();
    private final Map<String, InstanceShell.Result> failing = new ConcurrentHashMap<>();
    private final Map<String, Set<Integer>> closedPorts = new ConcurrentHashMap<>();
    private final Set<String> withoutTimeout = ConcurrentHashMap.newKeySet();
    private final List<SentCommand> sent = new ArrayList<>();
    private volatile Duration completionDelay = Duration.ZERO;
    private volatile int hiddenPolls;
    private volatile double sameRegionMs = 0.5;
    private volatile double crossRegionMs = 70;
    private volatile double jitter = 0.15;

    /**
     * What a caller sent, for assertions: the document, its parameters as SSM resolved them (defaults filled in),
     * and the script lines they made.
     */
    public record SentCommand(String commandId, String account, String region, String instanceId,
                              String documentName, Map<String, List<String>> parameters, List<String> commands,
                              String comment) {
        public SentCommand {
            parameters = Map.copyOf(parameters);
            commands = List.copyOf(commands);
        }
    }

    /** Takes the instance out of SSM (no agent or no instance profile): commands answer {@code InvalidInstanceId}. */
    public SsmFleet notManaged(String instanceId) {
        unmanaged.add(instanceId);
        return this;
    }

    /** Undoes {@link #notManaged}. */
    public SsmFleet managed(String instanceId) {
        unmanaged.remove(instanceId);
        return this;
    }

    public boolean isManaged(String instanceId) {
        return !unmanaged.contains(instanceId);
    }

    /** Commands sent to the instance from now on stay {@code InProgress} until cancelled. */
    public SsmFleet hang(String instanceId) {
        hanging.add(instanceId);
        return this;
    }

    boolean hangs(String instanceId) {
        return hanging.contains(instanceId);
    }

    /**
     * Commands sent to the instance from now on end {@code Failed} with this exit code and standard error, as on
     * an instance whose agent or shell is broken.
     */
    public SsmFleet failCommands(String instanceId, int exitCode, String stderr) {
        failing.put(instanceId, new InstanceShell.Result("", stderr, exitCode, false));
        return this;
    }

    Optional<InstanceShell.Result> failure(String instanceId) {
        return Optional.ofNullable(failing.get(instanceId));
    }

    /** The instance has no {@code timeout} command: a connect through it exits 127 (command not found). */
    public SsmFleet withoutTimeoutCommand(String instanceId) {
        withoutTimeout.add(instanceId);
        return this;
    }

    boolean lacksTimeoutCommand(String instanceId) {
        return withoutTimeout.contains(instanceId);
    }

    /** Nothing listens on the port: connects are refused (the network still carries them). */
    public SsmFleet closePort(String instanceId, int port) {
        closedPorts.computeIfAbsent(instanceId, i -> ConcurrentHashMap.newKeySet()).add(port);
        return this;
    }

    boolean listens(String instanceId, int port) {
        return !closedPorts.getOrDefault(instanceId, Set.of()).contains(port);
    }

    /** How long a command stays {@code Pending}/{@code InProgress} before it ends. Default 0. */
    public SsmFleet completionDelay(Duration delay) {
        this.completionDelay = delay;
        return this;
    }

    Duration completionDelay() {
        return completionDelay;
    }

    /**
     * How many {@code GetCommandInvocation} calls of a new command answer {@code InvocationDoesNotExist}, as SSM
     * does for a moment after {@code SendCommand}. Default 0.
     */
    public SsmFleet invocationVisibleAfter(int polls) {
        this.hiddenPolls = polls;
        return this;
    }

    int hiddenPolls() {
        return hiddenPolls;
    }

    /** Ping's base round trip within a region and across regions, in milliseconds. Default 0.5 and 70. */
    public SsmFleet latency(double sameRegionMillis, double crossRegionMillis) {
        this.sameRegionMs = sameRegionMillis;
        this.crossRegionMs = crossRegionMillis;
        return this;
    }

    /** How far a round trip strays from the base latency, as a fraction (0.15: ±15%, the default; 0: none). */
    public SsmFleet jitter(double fraction) {
        this.jitter = fraction;
        return this;
    }

    double jitter() {
        return jitter;
    }

    double baseRttMs(boolean crossRegion) {
        return crossRegion ? crossRegionMs : sameRegionMs;
    }

    /** Every command sent, in order. */
    public synchronized List<SentCommand> sent() {
        return List.copyOf(sent);
    }

    synchronized void record(SentCommand command) {
        sent.add(command);
    }
}
