package io.peerbot.domain.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortListTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            tcp:5432                              | tcp:5432
            icmp                                  | icmp
            ICMP                                  | icmp
            TCP:443,Udp:53                        | tcp:443,udp:53
            tcp:8000-8100                         | tcp:8000-8100
            tcp:1-65535                           | tcp:1-65535
            tcp:80-80                             | tcp:80
            ' tcp:22 ,  udp:53,icmp '             | tcp:22,udp:53,icmp
            tcp:5432,udp:5432                     | tcp:5432,udp:5432
            tcp:8000-8100,tcp:8101                | tcp:8000-8100,tcp:8101
            """)
    void parsesAGoodList(String text, String expected) {
        assertThat(PortList.format(PortList.parse(text))).isEqualTo(expected);
    }

    @Test
    void keepsPortNumbersAndProtocols() {
        assertThat(PortList.parse("udp:8000-8100,icmp"))
                .containsExactly(new PortRange(Protocol.UDP, 8000, 8100), PortRange.ICMP);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                       | no ports given; expected e.g. tcp:5432
            tcp:22,,udp:53           | has an empty item (a doubled or trailing comma?)
            'tcp:22, '               | has an empty item
            sctp:5                   | 'sctp:5': unknown protocol 'sctp'; use tcp, udp or icmp
            all                      | unknown protocol 'all'
            5432                     | '5432': unknown protocol '5432'
            tcp:0                    | 'tcp:0': ports run from 1 to 65535
            tcp:65536                | 'tcp:65536': ports run from 1 to 65535
            udp:99999                | ports run from 1 to 65535
            tcp:123456               | 'tcp:123456': '123456' is not a port or port range
            tcp:9000-8000            | 'tcp:9000-8000': the range is reversed; write tcp:8000-9000
            icmp:5                   | 'icmp:5': icmp takes no port; write icmp
            tcp                      | 'tcp': tcp needs a port, e.g. tcp:5432 or tcp:8000-8100
            'udp:'                   | 'udp:': udp needs a port
            tcp:http                 | 'tcp:http': 'http' is not a port or port range; expected tcp:5432 or tcp:8000-8100
            tcp:80-                  | 'tcp:80-': '80-' is not a port or port range
            tcp:-80                  | is not a port or port range
            tcp: 80                  | ' 80' is not a port or port range
            tcp:5432,TCP:5432        | 'TCP:5432' is listed twice
            icmp,icmp                | 'icmp' is listed twice
            tcp:8000-8100,tcp:8050   | 'tcp:8050' is already covered by 'tcp:8000-8100'
            tcp:8050,tcp:8000-8100   | 'tcp:8050' is already covered by 'tcp:8000-8100'
            """)
    void refusesABadList(String text, String problem) {
        assertThatThrownBy(() -> PortList.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void acceptsTwentyItemsAndRefusesMore() {
        StringBuilder twenty = new StringBuilder("icmp");
        for (int port = 1; port <= 19; port++) {
            twenty.append(",tcp:").append(port);
        }
        assertThat(PortList.parse(twenty.toString())).hasSize(20);
        assertThatThrownBy(() -> PortList.parse(twenty + ",tcp:20"))
                .hasMessageContaining("too many ports (21); at most 20");
        assertThatThrownBy(() -> PortList.parse(String.join(",", Collections.nCopies(25, "icmp"))))
                .hasMessageContaining("too many ports (25)");
    }
}
