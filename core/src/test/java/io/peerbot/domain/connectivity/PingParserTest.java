package io.peerbot.domain.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PingParserTest {

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of("all answered (iputils)", """
                        PING 10.1.0.10 (10.1.0.10) 56(84) bytes of data.
                        64 bytes from 10.1.0.10: icmp_seq=1 ttl=127 time=0.512 ms
                        64 bytes from 10.1.0.10: icmp_seq=2 ttl=127 time=0.589 ms
                        64 bytes from 10.1.0.10: icmp_seq=3 ttl=127 time=0.702 ms

                        --- 10.1.0.10 ping statistics ---
                        3 packets transmitted, 3 received, 0% packet loss, time 2003ms
                        rtt min/avg/max/mdev = 0.512/0.601/0.702/0.080 ms
                        """, Optional.of(new PingResult(3, 3, 0, 0, OptionalDouble.of(0.601), Optional.empty()))),
                Arguments.of("nothing answered", """
                        PING 10.1.0.10 (10.1.0.10) 56(84) bytes of data.

                        --- 10.1.0.10 ping statistics ---
                        3 packets transmitted, 0 received, 100% packet loss, time 2041ms
                        """, Optional.of(new PingResult(3, 0, 0, 100, OptionalDouble.empty(), Optional.empty()))),
                Arguments.of("host unreachable", """
                        PING 10.1.0.10 (10.1.0.10) 56(84) bytes of data.
                        From 10.0.0.12 icmp_seq=1 Destination Host Unreachable
                        From 10.0.0.12 icmp_seq=2 Destination Host Unreachable
                        From 10.0.0.12 icmp_seq=3 Destination Host Unreachable

                        --- 10.1.0.10 ping statistics ---
                        3 packets transmitted, 0 received, +3 errors, 100% packet loss, time 2047ms
                        pipe 3
                        """, Optional.of(new PingResult(3, 0, 3, 100, OptionalDouble.empty(),
                        Optional.of("Destination Host Unreachable")))),
                Arguments.of("one lost, fractional loss, cross-region RTT", """
                        PING 10.1.0.10 (10.1.0.10) 56(84) bytes of data.
                        64 bytes from 10.1.0.10: icmp_seq=1 ttl=127 time=70.4 ms
                        64 bytes from 10.1.0.10: icmp_seq=3 ttl=127 time=71.2 ms

                        --- 10.1.0.10 ping statistics ---
                        3 packets transmitted, 2 received, 33.3333% packet loss, time 2002ms
                        rtt min/avg/max/mdev = 70.412/70.806/71.200/0.394 ms
                        """, Optional.of(new PingResult(3, 2, 0, 33.3333, OptionalDouble.of(70.806),
                        Optional.empty()))),
                Arguments.of("BusyBox wording", """
                        PING 10.1.0.10 (10.1.0.10): 56 data bytes
                        64 bytes from 10.1.0.10: seq=0 ttl=64 time=0.410 ms

                        --- 10.1.0.10 ping statistics ---
                        1 packets transmitted, 1 packets received, 0% packet loss
                        round-trip min/avg/max = 0.410/0.410/0.410 ms
                        """, Optional.of(new PingResult(1, 1, 0, 0, OptionalDouble.of(0.41), Optional.empty()))),
                Arguments.of("ping could not send", "ping: connect: Network is unreachable\n", Optional.empty()),
                Arguments.of("no output", "", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void readsTheSummary(String name, String output, Optional<PingResult> expected) {
        assertThat(PingParser.parse(output)).isEqualTo(expected);
    }
}
