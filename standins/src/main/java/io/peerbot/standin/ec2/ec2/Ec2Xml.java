package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.Xml;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Shapes shared by several EC2 answers. */
final class Ec2Xml {
    private Ec2Xml() {
    }

    static void tagSet(Xml out, Map<String, String> tags) {
        out.list("tagSet", tags.entrySet(), (x, t) -> x.value("key", t.getKey()).value("value", t.getValue()));
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
