package io.peerbot.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The image's JIT and collector (the Dockerfile's {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}), for a
 * benchmark that runs the bot inside its own JVM. Maven's JVM has both JIT compilers: in a burst, C2 compiling the
 * bot's and the stand-ins' code took half of the two cores (async-profiler), so the figures measured a JVM the
 * bot does not ship with. The heap flags are left out: the image's are shares of a container's memory.
 */
final class ImageJvm {
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** Set to {@code true} to measure in the JVM the benchmark was started in, whatever its flags. */
    static final String AS_STARTED = "bench.asStarted";

    private ImageJvm() {
    }

    /** How the JVM measuring runs, for a benchmark's header. */
    static String described() {
        return current() ? "the image's JIT and collector (" + String.join(" ", FLAGS) + ")"
                : "this JVM's flags " + ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /**
     * Runs {@code main} again in a JVM with the image's flags and this one's class path, printing what it prints,
     * unless this JVM has them (or {@link #AS_STARTED} is set): then empty, and {@code main} goes on here.
     *
     * @return the exit status of the JVM it ran in
     */
    static OptionalInt rerunUnlessImage(Class<?> main, String[] args) throws Exception {
        if (current() || Boolean.getBoolean(AS_STARTED)) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FLAGS);
        // the benchmarks' own switches (bench.trace, bench.debug) go along
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                .sorted().forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        command.addAll(Arrays.asList(args));
        return OptionalInt.of(new ProcessBuilder(command).inheritIO().start().waitFor());
    }

    private static boolean current() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().containsAll(FLAGS);
    }

    /** Maven's exec:java loads the project from a class loader of its own, not the JVM's class path. */
    private static String classPath() throws URISyntaxException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (!(loader instanceof URLClassLoader urls)) {
            return System.getProperty("java.class.path");
        }
        List<String> entries = new ArrayList<>();
        for (URL url : urls.getURLs()) {
            entries.add(Path.of(url.toURI()).toString());
        }
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }
}
