package io.peerbot.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.peerbot.adapter.aws.AwsEc2Gateways;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.pacing.Ec2Rates;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.LoggerFactory;

/**
 * What one EC2 call costs in CPU, as the JIT warms up: rounds of {@code CreateRoute} calls, each to a route of its
 * own, from 32 threads (the engine's calls in flight) through the bot's gateway and the real SDK, against the EC2
 * stand-in in the same JVM answering at once. Prints each round's wall time, the time between two calls, and the
 * process's CPU per call (the SDK's and the stand-in's together, as in {@code LoadBenchmark}'s applies). Runs in
 * the image's JIT and collector. Not a test: figures for docs/benchmarks.md.
 *
 * <pre>./mvnw -B -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.peerbot.bench.CallCostBenchmark [-Dexec.args="rounds calls-a-round"]</pre>
 */
public final class CallCostBenchmark {
    private static final String ACCOUNT = RunningBot.ACCOUNT;
    private static final String REGION = RunningBot.REGION;
    private static final int IN_FLIGHT = 32;
    /** Route tables to spread the routes over: EC2 allows 50 routes in one. */
    private static final int TABLES = 250;

    private CallCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        OptionalInt ranElsewhere = ImageJvm.rerunUnlessImage(CallCostBenchmark.class, args);
        if (ranElsewhere.isPresent()) {
            System.exit(ranElsewhere.getAsInt());
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        if (rounds < 1 || calls < 1 || (long) rounds * calls > 40L * TABLES) {
            throw new IllegalArgumentException("usage: [rounds ≥ 1] [calls a round ≥ 1], at most "
                    + 40 * TABLES + " calls in all");
        }
        System.setProperty("logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
        ((Logger) LoggerFactory.getLogger("io.peerbot")).setLevel(Level.WARN);
        System.out.printf("Cost of an EC2 call, %s: CreateRoute from %d threads, the stand-in answering at once; "
                + "load average %s%nin one JVM with %s%n%n", LocalDate.now(), IN_FLIGHT, LoadAverage.now(),
                ImageJvm.described());

        try (Ec2StandIn ec2 = new Ec2StandIn().start()) {
            RegionSeed home = ec2.seed().account(ACCOUNT).region(REGION);
            VpcSeed app = home.vpc("app", "10.0.0.0/16");
            VpcSeed db = home.vpc("db", "10.1.0.0/16");
            String pcx = ec2.seed().peering(app, db, StoredPeeringConnection.Status.ACTIVE).connection().id();
            List<String> tables = new ArrayList<>();
            for (int i = 0; i < TABLES; i++) {
                tables.add(app.routeTable("table-" + i).id());
            }
            AwsSettings aws = AwsSettings.sdkDefaults().withRegion(REGION).withEndpoint(ec2.endpoint())
                    .withCredentials(ec2.credentialsFor(ACCOUNT).provider()).withEc2Rates(Ec2Rates.off());
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            ExecutorService threads = Executors.newFixedThreadPool(IN_FLIGHT);
            try (AwsEc2Gateways gateways = new AwsEc2Gateways(aws)) {
                Ec2Gateway gateway = gateways.at(new Location(ACCOUNT, REGION));
                System.out.println("round   calls made before   wall ms   ms between calls   CPU ms a call");
                int made = 0;
                for (int round = 1; round <= rounds; round++) {
                    long cpuBefore = os.getProcessCpuTime();
                    long start = System.nanoTime();
                    List<Future<?>> sent = new ArrayList<>();
                    for (int i = 0; i < calls; i++) {
                        int route = made + i;
                        sent.add(threads.submit(() -> gateway.createRoute(tables.get(route % TABLES),
                                Cidr.parse("100." + route / TABLES + ".0.0/24"), pcx)));
                    }
                    for (Future<?> call : sent) {
                        call.get();
                    }
                    double wall = (System.nanoTime() - start) / 1e6;
                    double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e6;
                    System.out.printf("%5d %19d %9.0f %18.2f %15.2f%n", round, made, wall, wall / calls, cpu / calls);
                    made += calls;
                }
            } finally {
                threads.shutdown();
            }
        }
        System.out.printf("%nload average %s%n", LoadAverage.now());
        System.exit(0);
    }
}
