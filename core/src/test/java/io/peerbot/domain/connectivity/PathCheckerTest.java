package io.peerbot.domain.connectivity;

import static io.peerbot.domain.connectivity.TwoVpcs.ANYWHERE;
import static io.peerbot.domain.connectivity.TwoVpcs.APP_NET;
import static io.peerbot.domain.connectivity.TwoVpcs.DB_NET;
import static io.peerbot.domain.connectivity.TwoVpcs.PCX;
import static io.peerbot.domain.connectivity.TwoVpcs.allow;
import static io.peerbot.domain.connectivity.TwoVpcs.deny;
import static io.peerbot.domain.connectivity.TwoVpcs.groupRule;
import static io.peerbot.domain.connectivity.TwoVpcs.rule;
import static io.peerbot.domain.connectivity.TwoVpcs.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** From i-0app (10.0.0.12 in app-vpc) to i-0db (10.1.0.10 in db-vpc) over the peering; one change per row. */
class PathCheckerTest {

    static Stream<Arguments> cases() {
        PortRange icmp = PortRange.ICMP;
        PortRange pg = PortRange.tcp(5432);
        return Stream.of(
                row("as peerbot sets it up, ping passes", n -> { }, icmp, open()),
                row("as peerbot sets it up, tcp:5432 passes", n -> { }, pg, open()),
                row("no route to the peer", n -> n.appRoutes.remove(1), icmp,
                        blocked(Hop.ROUTE, "rtb-0app", "rtb-0app has no route to 10.1.0.0/16 via " + PCX)),
                row("a blackhole route to the peer", n -> n.appRoutes.set(1, new Route(DB_NET, PCX, true)), icmp,
                        blocked(Hop.ROUTE, "rtb-0app", "rtb-0app's route to 10.1.0.0/16 via " + PCX
                                + " is a blackhole (10.1.0.0/16; the peering is not active)")),
                row("a more specific route elsewhere wins",
                        n -> n.appRoutes.add(new Route(Cidr.parse("10.1.0.0/24"), "igw-0abc", false)), icmp,
                        blocked(Hop.ROUTE, "rtb-0app", "rtb-0app has no route to 10.1.0.0/16 via " + PCX
                                + " (the more specific route 10.1.0.0/24 sends 10.1.0.10 to igw-0abc)")),
                row("the route goes to another peering",
                        n -> n.appRoutes.set(1, new Route(DB_NET, "pcx-0other", false)), icmp,
                        blocked(Hop.ROUTE, "rtb-0app", "rtb-0app has no route to 10.1.0.0/16 via " + PCX
                                + " (10.1.0.10 goes to pcx-0other by route 10.1.0.0/16)")),
                row("a more specific route via the peering is fine",
                        n -> n.appRoutes.add(new Route(Cidr.parse("10.1.0.0/24"), PCX, false)), icmp, open()),
                row("source ACL denies outbound", n -> n.appAcl.add(deny(90, true, icmp, DB_NET)), icmp,
                        blocked(Hop.NETWORK_ACL, "acl-0app", "acl-0app rule 90 denies icmp outbound to 10.1.0.0/16")),
                row("destination ACL denies inbound", n -> n.dbAcl.add(deny(90, false, icmp, APP_NET)), icmp,
                        blocked(Hop.NETWORK_ACL, "acl-0db", "acl-0db rule 90 denies icmp inbound from 10.0.0.0/16")),
                row("a deny after an allow does not count", n -> n.dbAcl.add(deny(200, false, icmp, APP_NET)), icmp,
                        open()),
                row("a deny of other ports does not count", n -> n.dbAcl.add(deny(90, false, PortRange.tcp(22),
                        APP_NET)), pg, open()),
                row("custom ACL without the port: default rule", n -> {
                    n.dbAcl.clear();
                    n.dbAcl.addAll(TwoVpcs.denyAll());
                    n.dbAcl.add(allow(100, false, PortRange.tcp(22), ANYWHERE));
                }, pg, blocked(Hop.NETWORK_ACL, "acl-0db", "acl-0db denies tcp:5432 inbound from 10.0.0.0/16: "
                        + "no rule allows it before the default rule *")),
                row("return traffic denied by the destination ACL", n -> n.dbAcl.add(deny(50, true,
                        tcp(1024, 65535), APP_NET)), pg,
                        blocked(Hop.NETWORK_ACL, "acl-0db", "acl-0db rule 50 denies tcp:1024-65535 outbound to "
                                + "10.0.0.0/16 (return traffic of tcp:5432)")),
                row("return traffic allowed to too few ports even for a Linux client", n -> {
                    n.dbAcl.clear();
                    n.dbAcl.addAll(TwoVpcs.denyAll());
                    n.dbAcl.add(allow(100, false, PortRange.tcp(5432), APP_NET));
                    n.dbAcl.add(allow(100, true, tcp(50000, 65535), APP_NET));
                }, pg, blocked(Hop.NETWORK_ACL, "acl-0db", "acl-0db denies tcp:1024-49999 outbound to 10.0.0.0/16"
                        + " (return traffic of tcp:5432): no rule allows it before the default rule *")),
                row("ephemeral ports allowed in two rules", n -> {
                    n.dbAcl.clear();
                    n.dbAcl.addAll(TwoVpcs.denyAll());
                    n.dbAcl.add(allow(100, false, PortRange.tcp(5432), APP_NET));
                    n.dbAcl.add(allow(110, true, tcp(1024, 32767), APP_NET));
                    n.dbAcl.add(allow(120, true, tcp(32768, 65535), APP_NET));
                }, pg, open()),
                row("the reply denied by the source ACL", n -> n.appAcl.add(deny(80, false, icmp, DB_NET)), icmp,
                        blocked(Hop.NETWORK_ACL, "acl-0app", "acl-0app rule 80 denies icmp inbound from 10.1.0.0/16"
                                + " (the reply)")),
                row("UDP return traffic", n -> n.appAcl.add(deny(80, false, new PortRange(Protocol.UDP, 1024, 65535),
                        DB_NET)), new PortRange(Protocol.UDP, 53, 53),
                        blocked(Hop.NETWORK_ACL, "acl-0app",
                                "acl-0app rule 80 denies udp:1024-65535 inbound from 10.1.0.0/16 (return traffic of "
                                        + "udp:53)")),
                row("an ACL deny of another ICMP type does not stop ping", n -> n.dbAcl.add(deny(90, false,
                        icmpType(3), APP_NET)), icmp, open()),
                row("an ACL that lets only echo requests in stops the reply", n -> {
                    n.appAcl.clear();
                    n.appAcl.addAll(TwoVpcs.denyAll());
                    n.appAcl.add(allow(100, true, PortRange.ALL_TRAFFIC, ANYWHERE));
                    n.appAcl.add(allow(100, false, icmpType(8), ANYWHERE));
                }, icmp, blocked(Hop.NETWORK_ACL, "acl-0app", "acl-0app denies icmp inbound from 10.1.0.0/16 (the reply):"
                        + " no rule allows it before the default rule *")),
                row("a group that admits echo replies only does not admit ping", n -> n.dbIngress.set(0,
                        rule(icmpType(0), APP_NET)), icmp,
                        blocked(Hop.SECURITY_GROUP, "sg-0db", "sg-0db allows no icmp from 10.0.0.12 (10.0.0.0/16)")),
                row("a group that admits echo requests admits ping", n -> n.dbIngress.set(0,
                        rule(icmpType(8), APP_NET)), icmp, open()),
                row("source group lets nothing out", n -> n.appEgress.clear(), icmp,
                        blocked(Hop.SECURITY_GROUP, "sg-0app", "sg-0app allows no icmp out to 10.1.0.10 (10.1.0.0/16)")),
                row("destination group lacks the port", n -> n.dbIngress.remove(1), pg,
                        blocked(Hop.SECURITY_GROUP, "sg-0db", "sg-0db allows no tcp:5432 from 10.0.0.12 (10.0.0.0/16)")),
                row("destination group allows another block only", n -> n.dbIngress.set(1,
                        rule(pg, Cidr.parse("10.0.1.0/24"))), pg,
                        blocked(Hop.SECURITY_GROUP, "sg-0db", "sg-0db allows no tcp:5432 from 10.0.0.12 (10.0.0.0/16)")),
                row("part of a range", n -> n.dbIngress.add(rule(tcp(8000, 8049), APP_NET)), tcp(8000, 8100),
                        blocked(Hop.SECURITY_GROUP, "sg-0db", "sg-0db allows no tcp:8050-8100 from 10.0.0.12 "
                                + "(10.0.0.0/16)")),
                row("a range in two rules", n -> {
                    n.dbIngress.add(rule(tcp(8000, 8049), APP_NET));
                    n.dbIngress.add(rule(tcp(8050, 8100), APP_NET));
                }, tcp(8000, 8100), open()),
                row("a rule referencing the peer's group, same region", n -> n.dbIngress.set(1,
                        groupRule(pg, "sg-0app")), pg, open()),
                row("a rule referencing the peer's group, across regions", n -> {
                    n.dbRegion = "eu-west-1";
                    n.dbIngress.set(1, groupRule(pg, "sg-0app"));
                }, pg, blocked(Hop.SECURITY_GROUP, "sg-0db", "sg-0db allows no tcp:5432 from 10.0.0.12 (10.0.0.0/16);"
                        + " its rule referencing sg-0app does not apply across regions")),
                row("no route back", n -> n.dbRoutes.remove(1), icmp,
                        blocked(Hop.RETURN_ROUTE, "rtb-0db", "rtb-0db has no route back to 10.0.0.0/16 via " + PCX)),
                row("the first block on the way is named", n -> {
                    n.appRoutes.remove(1);
                    n.dbIngress.clear();
                    n.dbRoutes.remove(1);
                }, pg, blocked(Hop.ROUTE, "rtb-0app", "rtb-0app has no route to 10.1.0.0/16 via " + PCX)),
                row("ACLs before groups", n -> {
                    n.dbAcl.add(deny(90, false, icmp, APP_NET));
                    n.appEgress.clear();
                }, icmp, blocked(Hop.NETWORK_ACL, "acl-0db", "acl-0db rule 90 denies icmp inbound from 10.0.0.0/16")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesTheFirstElementThatBlocks(String name, Consumer<TwoVpcs> change, PortRange traffic, Expected expected) {
        TwoVpcs network = new TwoVpcs();
        change.accept(network);

        PathVerdict verdict = PathChecker.check(network.appEnd(), network.dbEnd(), PCX, traffic);

        if (expected.hop() == null) {
            assertThat(verdict).isEqualTo(new PathVerdict.Open(traffic));
        } else {
            assertThat(verdict).isEqualTo(new PathVerdict.Blocked(traffic, expected.hop(), expected.elementId(),
                    expected.reason()));
        }
    }

    record Expected(Hop hop, String elementId, String reason) {
    }

    private static PortRange icmpType(int type) {
        return new PortRange(Protocol.ICMP, type, -1);
    }

    private static Arguments row(String name, Consumer<TwoVpcs> change, PortRange traffic, Expected expected) {
        return Arguments.of(name, change, traffic, expected);
    }

    private static Expected open() {
        return new Expected(null, null, null);
    }

    private static Expected blocked(Hop hop, String elementId, String reason) {
        return new Expected(hop, elementId, reason);
    }
}
