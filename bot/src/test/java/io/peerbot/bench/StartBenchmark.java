package io.peerbot.bench;

import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.standin.ec2.AccessKey;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.slack.SlackEvent;
import io.peerbot.standin.slack.SlackStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start time and memory of the production jar ({@code bot/target/peerbot.jar}, run {@code package} first) as a
 * process of its own against the stand-ins: spawn → Socket Mode open, with the image's flags, without and with
 * the class-data sharing archive the image dumps (dumped here the same way, in a temporary directory); then RSS
 * ({@code VmRSS} of {@code /proc/<pid>/status}) idle and after 1,000 {@code /peer help} and {@code /peer list}, and
 * how long those took. On a shared machine the wall times move with the load; the CPU time until the connection
 * opened moves less, and rows of one run compare best.
 *
 * <pre>
 * ./mvnw -B -q -pl bot -am package -DskipTests
 * ./mvnw -B -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.peerbot.bench.StartBenchmark [-Dexec.args="5"]
 * </pre>
 *
 * The argument is the number of starts measured for each row (default 5).
 */
public final class StartBenchmark {
    private static final String ACCOUNT = "111111111111";
    private static final String ALICE = "U0ALICE";
    private static final String CHANNEL = "C0NETWORK";
    /** The Dockerfile's, but for the archive. */
    private static final List<String> IMAGE_FLAGS = List.of("-XX:MaxRAMPercentage=75", "-Xms64m",
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    /** Both JIT compilers, as the JVM has by default: slower to start, faster once the code is hot. */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final int COMMANDS = 1000;

    private StartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int starts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        // run from the repository's root or from bot/
        Path jar = Path.of("bot", "target", "peerbot.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            jar = Path.of("target", "peerbot.jar").toAbsolutePath();
        }
        Path dir = Files.createTempDirectory("peerbot-cds");
        Path archive = dir.resolve("peerbot.jsa");
        Process dump = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(),
                "warm-up").redirectErrorStream(true).redirectOutput(dir.resolve("dump.log").toFile()).start();
        if (!dump.waitFor(5, TimeUnit.MINUTES) || dump.exitValue() != 0 || !Files.exists(archive)) {
            throw new IllegalStateException("the archive was not dumped: " + Files.readString(dir.resolve("dump.log")));
        }
        System.out.printf("jar %s (%d MB), archive %d MB%n", jar, Files.size(jar) >> 20, Files.size(archive) >> 20);

        List<String> withArchive = new ArrayList<>(IMAGE_FLAGS);
        withArchive.add(0, "-XX:SharedArchiveFile=" + archive);
        List<String> inContainer = new ArrayList<>(withArchive);
        inContainer.add(0, "-XX:MaxRAM=512m");
        List<String> bothCompilers = new ArrayList<>(withArchive);
        bothCompilers.remove(C1_ONLY);
        System.out.printf("load average at the start: %s%n", loadAverage());
        Row defaults = measure(jar, List.of(), starts, dir);
        Row without = measure(jar, IMAGE_FLAGS, starts, dir);
        Row with = measure(jar, withArchive, starts, dir);
        Row c2 = measure(jar, bothCompilers, starts, dir);
        Row limited = measure(jar, inContainer, starts, dir);
        System.out.printf("load average at the end: %s%n", loadAverage());
        System.out.println();
        System.out.println("| JVM flags | spawn → Socket Mode open p50 / max (ms) | RSS idle (MB) | RSS after 1,000 "
                + "commands (MB) | messages posted | CPU until open p50 (ms) | 1,000 commands (ms) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        System.out.println(defaults.line("JVM defaults (no flags)"));
        System.out.println(without.line("image flags, no archive"));
        System.out.println(with.line("image flags + AppCDS archive (the image)"));
        System.out.println(c2.line("the image with both JIT compilers (no " + C1_ONLY + ")"));
        System.out.println(limited.line("the image in a 512 MB container (-XX:MaxRAM=512m)"));
    }

    /**
     * @param cpuMillis     CPU time (user + system, every thread) the process used until the connection opened: less
     *                      sensitive than the wall time to what else runs on the machine
     * @param commandMillis from the first of the 1,000 commands to the last answer
     */
    private record Row(List<Long> openMillis, long idleRssMb, long busyRssMb, int answered, List<Long> cpuMillis,
                       long commandMillis) {
        String line(String name) {
            List<Long> sorted = openMillis.stream().sorted().toList();
            List<Long> cpu = cpuMillis.stream().sorted().toList();
            return String.format("| %s | %d / %d | %d | %d | %d | %d | %d |", name, sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() - 1), idleRssMb, busyRssMb, answered, cpu.get(cpu.size() / 2),
                    commandMillis);
        }
    }

    /** {@code starts} starts timed to the Socket Mode open; the last one also gets the 1,000 commands. */
    private static Row measure(Path jar, List<String> flags, int starts, Path dir) throws Exception {
        List<Long> open = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        long commandMillis = 0;
        long idle = 0;
        long busy = 0;
        int answered = 0;
        for (int i = 0; i < starts; i++) {
            try (Ec2StandIn ec2 = new Ec2StandIn(7).start();
                 SlackStandIn slack = SlackStandIn.builder().channel(CHANNEL, "network")
                         .user(ALICE, "alice", "Alice", "alice@example.com").start()) {
                ec2.seed().account(ACCOUNT).region("us-east-1").vpc("app-vpc", "10.0.0.0/16");
                AccessKey key = ec2.credentialsFor(ACCOUNT);
                List<String> command = new ArrayList<>(List.of(java()));
                command.addAll(flags);
                command.addAll(List.of("-jar", jar.toString(), "run"));
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("bot.log").toFile());
                Map<String, String> env = builder.environment();
                env.keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("AWS_") || k.startsWith("PEERBOT_"));
                env.putAll(Map.of("SLACK_BOT_TOKEN", slack.botToken(), "SLACK_APP_TOKEN", slack.appToken(),
                        "SLACK_API_URL", slack.apiUrl(), "AWS_REGION", "us-east-1",
                        "AWS_ENDPOINT_URL", ec2.endpoint().toString(), "AWS_ACCESS_KEY_ID", key.accessKeyId(),
                        "AWS_SECRET_ACCESS_KEY", key.secretAccessKey()));
                env.put(SealKeys.VARIABLE, "k1:" + "A".repeat(43) + "=");
                long spawned = System.nanoTime();
                Process bot = builder.start();
                try {
                    slack.awaitConnected(Duration.ofSeconds(60));
                    open.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - spawned));
                    cpu.add(cpuMillis(bot.pid()));
                    if (i == starts - 1) {
                        awaitQuiet(slack, ec2);
                        idle = rssMb(bot.pid());
                        Commands done = commands(slack, ec2);
                        answered = done.answered();
                        commandMillis = done.millis();
                        busy = rssMb(bot.pid());
                    }
                } finally {
                    bot.destroy();
                    if (!bot.waitFor(30, TimeUnit.SECONDS)) {
                        bot.destroyForcibly();
                    }
                }
            }
        }
        return new Row(open, idle, busy, answered, cpu, commandMillis);
    }

    /**
     * 1,000 commands, half help and half list, 25 at a time (the next 25 once 25 more messages were posted, or
     * after 60 s); then waits until neither stand-in has seen a call for 750 ms. Returns the messages posted.
     */
    private static Commands commands(SlackStandIn slack, Ec2StandIn ec2) throws InterruptedException {
        int before = answers(slack);
        long first = System.nanoTime();
        for (int i = 0; i < COMMANDS; i += 25) {
            for (int j = i; j < i + 25; j++) {
                slack.typeCommand(ALICE, CHANNEL, "/peer", j % 2 == 0 ? "help" : "list");
            }
            awaitAnswers(slack, before + i + 25, Duration.ofSeconds(60));
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - first);
        awaitQuiet(slack, ec2);
        return new Commands(answers(slack) - before, millis);
    }

    /** @param millis from the first command typed to the last batch answered */
    private record Commands(int answered, long millis) {
    }

    /** Messages posted in answer (in the ack, to the response_url or by the Web API). */
    private static int answers(SlackStandIn slack) {
        return (int) slack.events().stream().filter(e -> e instanceof SlackEvent.MessagePosted).count();
    }

    private static void awaitAnswers(SlackStandIn slack, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (answers(slack) < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static void awaitQuiet(SlackStandIn slack, Ec2StandIn ec2) throws InterruptedException {
        List<Integer> seen = List.of();
        while (true) {
            List<Integer> now = List.of(ec2.calls().mark(), slack.apiCalls().size(), slack.responseUrlPosts().size());
            if (now.equals(seen)) {
                return;
            }
            seen = now;
            Thread.sleep(750);
        }
    }

    private static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** User and system time of every thread of the process so far ({@code /proc/<pid>/stat}, in clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
