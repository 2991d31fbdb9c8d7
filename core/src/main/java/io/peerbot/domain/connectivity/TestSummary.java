package io.peerbot.domain.connectivity;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The test in one tag value ({@code peerbot:last-test}): at most 256 characters, only characters EC2
 * allows in tag values everywhere (letters, digits, spaces and {@code _ . : / = + - @}). For example
 * {@code pass 2026-05-01T12:00:00Z app-vpc to db-vpc ping 3/3 avg 0.601ms tcp:5432 open / db-vpc to app-vpc
 * ping 3/3 avg 0.598ms tcp:5432 open}.
 */
public final class TestSummary {
    /** The tag the summary is kept in, on the peering connection. */
    public static final String TAG = "peerbot:last-test";
    public static final int MAX_LENGTH = 256;

    private TestSummary() {
    }

    public static String of(ConnectivityReport report) {
        List<String> parts = new ArrayList<>();
        for (DirectionReport d : report.directions()) {
            parts.add(clean(d.from()) + " to " + clean(d.to()) + " " + direction(d));
        }
        String text = (report.ok() ? "pass " : "fail ") + report.testedAt().truncatedTo(ChronoUnit.SECONDS) + " "
                + String.join(" / ", parts);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
    }

    private static String direction(DirectionReport d) {
        List<String> facts = new ArrayList<>();
        if (d.outcome() instanceof DirectionOutcome.NotTested) {
            facts.add("not tested");
        } else if (d.outcome() instanceof DirectionOutcome.StaticOnly) {
            facts.add("static");
        } else if (d.outcome() instanceof DirectionOutcome.Live live) {
            live.run().ping().ifPresentOrElse(p -> {
                facts.add("ping " + p.received() + "/" + p.transmitted());
                p.averageRttMs().ifPresent(rtt -> facts.add("avg " + String.format(Locale.ROOT, "%.3fms", rtt)));
            }, () -> facts.add("ping failed"));
            live.run().tcp().forEach(c -> facts.add("tcp:" + c.port() + " " + c.state().word()));
        }
        d.firstBlock().ifPresent(b -> facts.add("blocked by " + b.elementId().replace(",", " ")));
        if (d.outcome() instanceof DirectionOutcome.StaticOnly && d.firstBlock().isEmpty()) {
            facts.add("open");
        }
        return String.join(" ", facts);
    }

    private static String clean(String name) {
        return name.replaceAll("[^\\p{L}\\p{N} _.:/=+@-]", "-");
    }
}
