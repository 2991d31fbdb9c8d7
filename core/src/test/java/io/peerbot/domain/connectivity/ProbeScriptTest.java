package io.peerbot.domain.connectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProbeScriptTest {

    @Test
    void holdsAnAddressAndThePortsToTry() {
        ProbeScript probe = ProbeScript.of("10.1.0.10", List.of(5432, 1, 65535));

        assertThat(probe.targetIp()).isEqualTo("10.1.0.10");
        assertThat(probe.tcpPorts()).containsExactly(5432, 1, 65535);
        assertThat(ProbeScript.of("255.255.255.255", List.of()).tcpPorts()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.0.10; rm -rf /", "$(id)", "`id`", "10.1.0.10\nid", "10.1.0.10 ", " 10.1.0.10",
            "10.1.0.10|id", "10.1.0.10&&id", "10.1.0.256", "10.1.0", "10.1.0.10.5", "010.1.0.10", "fe80::1",
            "db.internal", "'10.1.0.10'", ""})
    void refusesAnythingButAnIpv4Address(String ip) {
        assertThatThrownBy(() -> ProbeScript.of(ip, List.of(5432)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an IPv4 address");
    }

    @Test
    void refusesPortsOutsideTheRangeAndTooManyOfThem() {
        assertThatThrownBy(() -> ProbeScript.of("10.1.0.10", List.of(0))).hasMessage("not a TCP port: 0");
        assertThatThrownBy(() -> ProbeScript.of("10.1.0.10", List.of(65536))).hasMessage("not a TCP port: 65536");
        List<Integer> tooMany = IntStream.rangeClosed(1, ProbeScript.MAX_TCP_PORTS + 1).boxed().toList();
        assertThatThrownBy(() -> ProbeScript.of("10.1.0.10", tooMany)).hasMessage("101 ports to try; at most 100");
    }

    @Test
    void readsPingAndPortsBack() {
        ProbeRun run = ProbeRun.parse("""
                PING 10.1.0.10 (10.1.0.10) 56(84) bytes of data.

                --- 10.1.0.10 ping statistics ---
                3 packets transmitted, 0 received, 100% packet loss, time 2041ms
                peerbot-tcp 5432 open
                peerbot-tcp 6379 refused
                peerbot-tcp 8000 timeout
                """);

        assertThat(run.ping()).hasValueSatisfying(p -> assertThat(p.received()).isZero());
        assertThat(run.tcp()).containsExactly(new TcpCheck(5432, TcpState.OPEN), new TcpCheck(6379, TcpState.REFUSED),
                new TcpCheck(8000, TcpState.TIMEOUT));
    }

    @Test
    void keepsWhatPingSaidWhenItPrintedNoSummary() {
        ProbeRun run = ProbeRun.parse("ping: connect: Network is unreachable\npeerbot-tcp 5432 timeout\n");

        assertThat(run.ping()).isEmpty();
        assertThat(run.pingProblem()).isEqualTo("ping: connect: Network is unreachable");
    }
}
