package io.peerbot.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.peerbot.adapter.aws.AwsEc2Gateways;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.adapter.aws.record.TaggedPeerings;
import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.adapter.owners.YamlOwnersFile;
import io.peerbot.application.drift.DriftWatch;
import io.peerbot.application.drift.ReadPace;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.engine.Reading;
import io.peerbot.application.engine.StepListener;
import io.peerbot.application.lifecycle.OwnerLookup;
import io.peerbot.application.lifecycle.Parties;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.UnsavedRequests;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.OwnerDirectory;
import io.peerbot.application.usecase.UseCases;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.drift.ApprovedScope;
import io.peerbot.domain.drift.DriftMemo;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * The drift watch's cost: {@code hubs} shared VPCs each peered with {@code spokes} VPCs of their own (100
 * peerings by default), each peering applied by the engine through the real SDK and recorded sealed, as the bot
 * does; then a few routes deleted and a subnet added. The EC2 stand-in answers every call after a latency and
 * throttles calls beyond a number in flight, as EC2 throttles bursts. One watch run, paced as the bot paces it,
 * with people's reads (both VPCs of a peering, as a click does) going on beside it; then a second run. Prints the
 * EC2 calls per action and per peering, the VPCs read, throttled answers and failures, the findings, how long
 * the run took, and how long people's reads took meanwhile. Not a test: figures for docs/benchmarks.md.
 *
 * <pre>./mvnw -B -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.peerbot.bench.DriftBenchmark [-Dexec.args="hubs spokes latency-ms in-flight"]</pre>
 */
public final class DriftBenchmark {
    private static final String ACCOUNT = RunningBot.ACCOUNT;
    private static final String REGION = RunningBot.REGION;
    private static final Location HOME = new Location(ACCOUNT, REGION);
    private static final Duration INTERACTIVE_EVERY = Duration.ofMillis(250);
    private static final Duration PEOPLE_ALONE = Duration.ofSeconds(15);

    private DriftBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int hubs = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int spokes = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 20;
        int inFlight = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        if (hubs < 1 || spokes < 1 || spokes > 45 || hubs * spokes > 250) {
            throw new IllegalArgumentException("usage: [hubs ≥ 1] [spokes 1..45 per hub] [latency-ms] [in-flight]");
        }
        System.setProperty("logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
        ((Logger) LoggerFactory.getLogger("io.peerbot")).setLevel(Level.WARN);

        try (Ec2StandIn ec2 = new Ec2StandIn().start()) {
            RegionSeed home = ec2.seed().account(ACCOUNT).region(REGION);
            AwsSettings aws = AwsSettings.sdkDefaults().withRegion(REGION).withEndpoint(ec2.endpoint())
                    .withCredentials(ec2.credentialsFor(ACCOUNT).provider())
                    .withRetry(new RetrySettings(10, Duration.ofMillis(20), Duration.ofMillis(100),
                            Duration.ofSeconds(2)));
            try (AwsEc2Gateways gateways = new AwsEc2Gateways(aws)) {
                PeeringEngine engine = new PeeringEngine(gateways);
                TaggedPeerings peerings = new TaggedPeerings(gateways, SealKeys.parse(SealKeys.randomValue("bench")));
                List<ManagedPeering> made = seed(ec2, home, engine, peerings, hubs, spokes);
                String drifted = drift(ec2, made);

                CountingChat chat = new CountingChat();
                OwnerDirectory nobody = new OwnerDirectory() {
                    @Override
                    public Optional<String> userIdByEmail(String email) {
                        return Optional.empty();
                    }

                    @Override
                    public Set<String> membersOfGroup(String groupId) {
                        return Set.of();
                    }
                };
                Parties parties = new Parties(new OwnerLookup(YamlOwnersFile.none(), nobody, Duration.ofMinutes(5)),
                        YamlOwnersFile.none(), engine);
                DriftWatch watch = new DriftWatch(gateways, peerings, new PeeringRecords(peerings, parties), parties,
                        chat, Set.of(HOME), ReadPace.sleeping(UseCases.DRIFT_READS_PER_SECOND,
                        UseCases.DRIFT_READ_BURST), new UnsavedRequests(peerings, chat, Clock.systemUTC()));

                ec2.faults().onEveryAction().latency(Duration.ofMillis(latency)).maxInFlight(inFlight);
                System.out.printf("Drift watch, %s: %d peerings (%d hubs × %d spokes, %d VPCs); %s%n"
                                + "EC2 stand-in: %d ms per call, throttling beyond %d calls in flight; pace %.0f reads/s,"
                                + " bursts of %d%n%n", LocalDate.now(), made.size(), hubs, spokes, hubs + hubs * spokes,
                        drifted, latency, inFlight, UseCases.DRIFT_READS_PER_SECOND, UseCases.DRIFT_READ_BURST);
                int mark = ec2.calls().mark();
                List<Long> alone = people(engine, made, null);
                System.out.printf("people's reads alone (both VPCs of a peering, 14 describes, every %d ms) for %d s: "
                                + "%s%n%n", INTERACTIVE_EVERY.toMillis(), PEOPLE_ALONE.toSeconds(),
                        latencies(alone, ec2.calls().since(mark).stream().filter(Call::throttled).count()));
                measure(1, ec2, engine, watch, chat, made, false);
                measure(2, ec2, engine, watch, chat, made, true);
            }
        }
    }

    private static void measure(int run, Ec2StandIn ec2, PeeringEngine engine, DriftWatch watch, CountingChat chat,
                                List<ManagedPeering> made, boolean withPeople) throws InterruptedException {
        int posted = chat.posted.get();
        int mark = ec2.calls().mark();
        long start = System.nanoTime();
        DriftWatch.Run[] result = new DriftWatch.Run[1];
        List<Long> people = withPeople ? people(engine, made, () -> result[0] = watch.run()) : List.of();
        if (!withPeople) {
            result[0] = watch.run();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<Call> calls = ec2.calls().since(mark);
        Map<String, Long> byAction = new TreeMap<>();
        calls.forEach(c -> byAction.merge(c.action(), 1L, Long::sum));
        long throttled = calls.stream().filter(Call::throttled).count();
        long describes = calls.stream().filter(c -> c.action().startsWith("Describe") && !c.throttled()).count();
        System.out.printf("run %d%s: %d peerings checked, %d VPCs read, %d new findings posted, %d failures, %.1f s%n",
                run, withPeople ? " (people reading meanwhile)" : "", result[0].peeringsChecked(),
                result[0].vpcsRead(), chat.posted.get() - posted, result[0].failures(), millis / 1000.0);
        System.out.printf("  EC2 calls: %s%n", byAction);
        if (withPeople) {
            System.out.printf("  people's reads meanwhile: %s%n%n", latencies(people, throttled));
        } else {
            System.out.printf("  describes answered: %d, %.2f per peering; throttled answers (retried): %d%n%n",
                    describes, (double) describes / result[0].peeringsChecked(), throttled);
        }
    }

    /**
     * A person's reads of both VPCs of a peering, one every {@link #INTERACTIVE_EVERY}, while {@code beside} runs
     * (or for {@link #PEOPLE_ALONE} when it is null); their times in milliseconds.
     */
    private static List<Long> people(PeeringEngine engine, List<ManagedPeering> made, Runnable beside)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        Thread person = new Thread(() -> {
            int n = 0;
            while (running.get()) {
                ManagedPeering peering = made.get(n++ % made.size());
                long start = System.nanoTime();
                try {
                    engine.read(peering, PeeringStatus.ACTIVE);
                    times.add((System.nanoTime() - start) / 1_000_000);
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    times.add(-1L);
                }
                try {
                    Thread.sleep(INTERACTIVE_EVERY.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-person");
        person.start();
        if (beside == null) {
            Thread.sleep(PEOPLE_ALONE.toMillis());
        } else {
            beside.run();
        }
        running.set(false);
        person.join();
        return List.copyOf(times);
    }

    private static String latencies(List<Long> times, long throttled) {
        long failed = times.stream().filter(t -> t < 0).count();
        List<Long> sorted = times.stream().filter(t -> t >= 0).sorted().toList();
        return String.format("%d reads, %d failed, median %d ms, max %d ms; throttled answers (retried): %d",
                times.size(), failed, sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), throttled);
    }

    /** Hubs and spokes, one subnet, table and group each; every spoke peered with its hub and applied. */
    private static List<ManagedPeering> seed(Ec2StandIn ec2, RegionSeed home, PeeringEngine engine,
                                             TaggedPeerings peerings, int hubs, int spokes) {
        List<ManagedPeering> made = new ArrayList<>();
        int number = 0;
        for (int h = 0; h < hubs; h++) {
            VpcSeed hub = vpc(home, "hub-" + h, "10." + (200 + h));
            for (int s = 0; s < spokes; s++) {
                int n = number++;
                VpcSeed spoke = vpc(home, "spoke-" + n, "172." + (16 + n / 200) + "." + (n % 200));
                StoredPeeringConnection pcx = ec2.seed().peering(spoke, hub, StoredPeeringConnection.Status.ACTIVE)
                        .connection();
                made.add(apply(engine, peerings, pcx, spoke, hub, n));
            }
        }
        return made;
    }

    private static VpcSeed vpc(RegionSeed home, String name, String prefix) {
        boolean hub = prefix.startsWith("10.");
        String block = hub ? prefix + ".0.0/16" : prefix + ".0/24";
        String subnetBlock = hub ? prefix + ".1.0/24" : prefix + ".0/25";
        VpcSeed vpc = home.vpc(name, block).tag("peerbot:owner", hub ? RunningBot.BOB : RunningBot.ALICE);
        SubnetSeed subnet = vpc.subnet(name + "-a", subnetBlock);
        vpc.routeTable(name + "-rt", subnet);
        subnet.instance(name + "-1").securityGroups(vpc.securityGroup(name + "-sg"));
        return vpc;
    }

    /** What the bot does for an approved creation: read, plan, apply, record as done with its approved scope. */
    private static ManagedPeering apply(PeeringEngine engine, TaggedPeerings peerings, StoredPeeringConnection pcx,
                                        VpcSeed requester, VpcSeed accepter, int n) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n);
        Change creation = new Change(ChangeKind.CREATE, PortList.parse("tcp:5432"), RunningBot.ALICE, at,
                List.of(new Approval(Side.REQUESTER, RunningBot.ALICE, at),
                        new Approval(Side.ACCEPTER, RunningBot.BOB, at)), ChangeState.APPLYING, null, null, "");
        ManagedPeering peering = new ManagedPeering(new PcxId(pcx.id()), side(requester), side(accepter),
                new MessageRef(RunningBot.CHANNEL, String.format("1767225600.%06d", n)),
                new PeeringOptions(creation.ports(), List.of(), false, false, ""), creation, null);
        Reading now = engine.read(peering, PeeringStatus.ACTIVE);
        ChangePlan plan = engine.plan(peering, creation, now);
        engine.apply(peering, creation, now, plan, StepListener.UNHEARD);
        ManagedPeering done = peering.finish(creation.ref())
                .withDrift(DriftMemo.NONE.withScope(ApprovedScope.NONE.widenedBy(plan.additions())));
        peerings.save(done);
        return done;
    }

    private static PeeringSide side(VpcSeed vpc) {
        return new PeeringSide(vpc.id(), HOME, vpc.vpc().cidrBlocks().stream().map(Cidr::parse).toList());
    }

    /** A route deleted in every tenth spoke's table, and a new subnet with its own table in the first hub. */
    private static String drift(Ec2StandIn ec2, List<ManagedPeering> made) {
        int deleted = 0;
        synchronized (ec2.state()) {
            for (int i = 0; i < made.size(); i += 10) {
                ManagedPeering peering = made.get(i);
                String pcx = peering.id().value();
                for (StoredRouteTable table : ec2.state().region(ACCOUNT, REGION).routeTables()) {
                    if (table.vpcId().equals(peering.requester().vpcId())) {
                        Optional<String> via = table.routes().stream()
                                .filter(r -> pcx.equals(r.vpcPeeringConnectionId())).map(r -> r.destination())
                                .findFirst();
                        if (via.isPresent()) {
                            table.removeRoute(via.get());
                            deleted++;
                        }
                    }
                }
            }
        }
        return deleted + " routes deleted by hand";
    }

    /** The chat, counting what the watch posts. */
    private static final class CountingChat implements ChatPort {
        final AtomicInteger posted = new AtomicInteger();

        @Override
        public MessageRef post(String channel, Notice notice) {
            posted.incrementAndGet();
            return new MessageRef(channel, "1767225600.999999");
        }

        @Override
        public void reply(MessageRef thread, Notice notice) {
            posted.incrementAndGet();
        }

        @Override
        public MessageRef replyNow(MessageRef thread, Notice notice) {
            posted.incrementAndGet();
            return thread;
        }

        @Override
        public void update(MessageRef message, Notice notice) {
        }

        @Override
        public void tellPrivately(String channel, String userId, Notice notice) {
        }

        @Override
        public void share(io.peerbot.application.port.SharedFile file) {
        }

        @Override
        public void publishHome(io.peerbot.application.port.HomeTab home) {
        }

        @Override
        public String permalink(MessageRef message) {
            return "";
        }
    }
}
