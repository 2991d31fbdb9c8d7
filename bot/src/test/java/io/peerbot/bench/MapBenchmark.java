package io.peerbot.bench;

import io.peerbot.adapter.picture.GeneratedNetwork;
import io.peerbot.adapter.picture.Java2dMapPainter;
import io.peerbot.application.port.MapPicture;
import io.peerbot.domain.map.MapView;
import io.peerbot.domain.map.NetworkMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Draws the map of a generated organisation ({@link GeneratedNetwork}: 200 VPCs and 400 peerings unless told
 * otherwise) several times after a warm-up and prints, per round, the milliseconds to build the view (hubs
 * included), to lay it out and draw it as PNG, and the picture's size; then the median and max. The last picture is
 * written to the given file (docs/map-200.png for the README).
 *
 * <pre>./mvnw -B -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.peerbot.bench.MapBenchmark [-Dexec.args="vpcs peerings rounds out.png"]</pre>
 */
public final class MapBenchmark {
    private MapBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int vpcs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int peerings = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path out = Path.of(args.length > 3 ? args[3] : "target/map-" + vpcs + ".png");
        if (vpcs < 1 || peerings < 0 || rounds < 1) {
            throw new IllegalArgumentException("usage: [vpcs ≥ 1] [peerings ≥ 0] [rounds ≥ 1] [out.png]");
        }
        System.out.printf("Map of a generated organisation, %s: %d VPCs, %d peerings, %d rounds after a warm-up%n%n",
                LocalDate.now(), vpcs, peerings, rounds);
        NetworkMap network = GeneratedNetwork.of(vpcs, peerings);
        Java2dMapPainter painter = new Java2dMapPainter();
        List<Long> totals = new ArrayList<>();
        MapPicture picture = null;
        System.out.printf("%-8s %10s %14s %10s %14s %10s%n", "round", "view ms", "layout+png ms", "total ms",
                "pixels", "PNG KiB");
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            MapView view = network.everything();
            long viewed = System.nanoTime();
            picture = painter.paint(view);
            long painted = System.nanoTime();
            long total = (painted - start) / 1_000_000;
            if (round > 0) {
                totals.add(total);
            }
            System.out.printf("%-8s %10d %14d %10d %14s %10d%n", round == 0 ? "warm-up" : String.valueOf(round),
                    (viewed - start) / 1_000_000, (painted - viewed) / 1_000_000, total,
                    picture.width() + "×" + picture.height(), picture.png().length / 1024);
        }
        Collections.sort(totals);
        System.out.printf("%nmedian %d ms, max %d ms; VPCs whose peers do not all reach each other: %d (the picture "
                + "names the %d most misleading)%n", totals.get(totals.size() / 2), totals.get(totals.size() - 1),
                network.hubs().size(), NetworkMap.MAX_NAMED_HUBS);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.write(out, picture.png());
        System.out.println("picture written to " + out.toAbsolutePath());
    }
}
