package io.peerbot.domain.connectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeScriptTest {

    @Test
    void pingsThenTriesEachPortAndAlwaysSucceeds() {
        assertThat(ProbeScript.of("10.1.0.10", List.of(5432)).commands()).containsExactly(
                "ping -n -c 3 -W 2 10.1.0.10 2>&1",
                "timeout 3 bash -c '</dev/tcp/10.1.0.10/5432' 2>/dev/null; rc=$?; "
                        + "if [ $rc -eq 0 ]; then echo \"peerbot-tcp 5432 open\"; "
                        + "elif [ $rc -eq 124 ]; then echo \"peerbot-tcp 5432 timeout\"; "
                        + "else echo \"peerbot-tcp 5432 refused\"; fi",
                "exit 0");
    }

    @Test
    void refusesAnythingButAnAddress() {
        assertThatThrownBy(() -> ProbeScript.of("10.1.0.10; rm -rf /", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
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
