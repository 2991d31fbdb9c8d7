package io.peerbot.domain.connectivity;

import static io.peerbot.domain.connectivity.TwoVpcs.allow;
import static io.peerbot.domain.connectivity.TwoVpcs.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.network.Instance;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The return traffic of TCP and UDP goes to the client's ephemeral ports, which depend on its platform: a network ACL
 * that lets back what that platform uses is correct and not blamed.
 */
class EphemeralPortsTest {
    private static final String PCX = TwoVpcs.PCX;
    private static final PortRange PG = PortRange.tcp(5432);

    /** The db side's ACL allows tcp:5432 in and its replies out to {@code from}–{@code to} only. */
    private static TwoVpcs returnPortsAllowed(int from, int to, String clientPlatform) {
        TwoVpcs n = new TwoVpcs();
        n.dbAcl.clear();
        n.dbAcl.addAll(TwoVpcs.denyAll());
        n.dbAcl.add(allow(100, false, PG, TwoVpcs.APP_NET));
        n.dbAcl.add(allow(100, true, tcp(from, to), TwoVpcs.APP_NET));
        Instance app = n.appInstances.get(0);
        n.appInstances.set(0, new Instance(app.id(), app.subnetId(), app.privateIp(), app.state(),
                app.securityGroupIds(), Map.of(), clientPlatform));
        return n;
    }

    private static PathVerdict check(TwoVpcs n) {
        return PathChecker.check(n.appEnd(), n.dbEnd(), PCX, PG);
    }

    @Test
    void awsExampleAclPassesForALinuxClient() {
        assertThat(check(returnPortsAllowed(32768, 65535, "Linux/UNIX"))).isEqualTo(new PathVerdict.Open(PG));
    }

    @Test
    void linuxPortsOnlyPassForALinuxClient() {
        assertThat(check(returnPortsAllowed(32768, 60999, "Linux/UNIX"))).isEqualTo(new PathVerdict.Open(PG));
    }

    @Test
    void aWindowsClientNeeds49152To65535() {
        assertThat(check(returnPortsAllowed(49152, 65535, "Windows"))).isEqualTo(new PathVerdict.Open(PG));
        assertThat(check(returnPortsAllowed(32768, 60999, "Windows"))).isEqualTo(new PathVerdict.Blocked(PG,
                Hop.NETWORK_ACL, "acl-0db", "acl-0db denies tcp:61000-65535 outbound to 10.0.0.0/16 (return traffic "
                        + "of tcp:5432): no rule allows it before the default rule *"));
    }

    @Test
    void anUnknownPlatformIsNotBlamedOnACorrectAclButTheAssumptionIsStated() {
        PathVerdict verdict = check(returnPortsAllowed(32768, 65535, ""));

        assertThat(verdict).isEqualTo(new PathVerdict.Open(PG, tcp(32768, 60999)));
    }

    @Test
    void anUnknownPlatformWithEveryEphemeralPortAllowedAssumesNothing() {
        assertThat(check(returnPortsAllowed(1024, 65535, ""))).isEqualTo(new PathVerdict.Open(PG));
    }

    @Test
    void platformNamesFromEc2AndSsm() {
        assertThat(List.of("Linux/UNIX", "Linux", "Red Hat Enterprise Linux", "windows", "Windows BYOL", "", "macOS"))
                .map(ClientPlatform::named).containsExactly(ClientPlatform.LINUX, ClientPlatform.LINUX,
                        ClientPlatform.LINUX, ClientPlatform.WINDOWS, ClientPlatform.WINDOWS, ClientPlatform.UNKNOWN,
                        ClientPlatform.UNKNOWN);
    }
}
