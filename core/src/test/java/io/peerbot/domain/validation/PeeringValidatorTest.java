package io.peerbot.domain.validation;

import static io.peerbot.domain.Vpcs.peering;
import static io.peerbot.domain.Vpcs.rule;
import static io.peerbot.domain.Vpcs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.plan.Planner;
import io.peerbot.domain.traffic.PortList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each case: two VPCs, the peerings they have, the options, quotas, and the rejections in short form. */
class PeeringValidatorTest {
    private static final Quotas AWS = Quotas.awsDefaults();
    private static final Map<String, String> THREAD_TAGS = Map.of("peerbot:managed", "true",
            "peerbot:channel", "C0PLATFORM", "peerbot:thread", "1732870000.123456");

    private static Vpcs.Builder app() {
        return vpc("vpc-0aaa0001").name("app-vpc").cidr("10.0.0.0/16").subnet("subnet-0aaa0001", "10.0.1.0/24")
                .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001");
    }

    private static Vpcs.Builder db() {
        return vpc("vpc-0bbb0002").name("db-vpc").cidr("10.1.0.0/16").subnet("subnet-0bbb0001", "10.1.1.0/24")
                .instance("i-0bbb0001", "subnet-0bbb0001", "sg-0bbb0001");
    }

    private static final VpcSnapshot APP = app().build();
    private static final VpcSnapshot DB = db().build();
    private static final VpcSnapshot OTHER = vpc("vpc-0ccc0003").cidr("10.9.0.0/16").build();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing in the way", APP, DB, List.of(), "icmp", AWS, List.of()),
                Arguments.of("the same VPC twice", APP, APP, List.of(), "icmp", AWS,
                        List.of("same app-vpc (vpc-0aaa0001)")),
                Arguments.of("the peer's secondary IPv4 block overlaps the primary",
                        APP, db().cidr("10.0.128.0/17").build(), List.of(), "icmp", AWS,
                        List.of("overlap app-vpc/db-vpc 10.0.0.0/16~10.0.128.0/17")),
                Arguments.of("identical primary blocks: the overlap, not the clashing local routes",
                        APP, vpc("vpc-0bbb0002").name("db-vpc").cidr("10.0.0.0/16", "10.1.0.0/16").build(), List.of(),
                        "icmp", AWS, List.of("overlap app-vpc/db-vpc 10.0.0.0/16~10.0.0.0/16")),
                Arguments.of("overlapping IPv6 blocks",
                        app().cidr("2600:1f18:aaaa:1200::/56").build(), db().cidr("2600:1f18:aaaa:1200::/64").build(),
                        List.of(), "icmp", AWS,
                        List.of("overlap app-vpc/db-vpc 2600:1f18:aaaa:1200::/56~2600:1f18:aaaa:1200::/64")),
                Arguments.of("a pending peering between them, with its thread",
                        APP, DB, List.of(peering("pcx-0a1b2c3d", APP, DB, PeeringStatus.PENDING_ACCEPTANCE,
                                THREAD_TAGS)), "icmp", AWS,
                        List.of("existing pcx-0a1b2c3d pending-acceptance "
                                + "https://slack.com/archives/C0PLATFORM/p1732870000123456")),
                Arguments.of("an active peering made the other way round, outside peerbot",
                        APP, DB, List.of(peering("pcx-0a1b2c3d", DB, APP, PeeringStatus.ACTIVE)), "icmp", AWS,
                        List.of("existing pcx-0a1b2c3d active null")),
                Arguments.of("the same peering listed by both VPCs counts once",
                        APP, DB, List.of(peering("pcx-0a1b2c3d", APP, DB, PeeringStatus.ACTIVE),
                                peering("pcx-0a1b2c3d", APP, DB, PeeringStatus.ACTIVE)), "icmp", AWS,
                        List.of("existing pcx-0a1b2c3d active null")),
                Arguments.of("deleted, rejected, failed and expired peerings do not block",
                        APP, DB, Arrays.stream(new PeeringStatus[] {PeeringStatus.DELETED, PeeringStatus.REJECTED,
                                PeeringStatus.FAILED, PeeringStatus.EXPIRED})
                                .map(s -> peering("pcx-0a1b2c3" + s.ordinal(), APP, DB, s)).toList(), "icmp", AWS,
                        List.of()),
                Arguments.of("a peering with a third VPC does not block",
                        APP, DB, List.of(peering("pcx-0a1b2c3d", APP, OTHER, PeeringStatus.ACTIVE)), "icmp", AWS,
                        List.of()),
                Arguments.of("active peerings per VPC at the quota",
                        APP, DB, List.of(peering("pcx-0000000a", APP, OTHER, PeeringStatus.ACTIVE),
                                peering("pcx-0000000b", OTHER, APP, PeeringStatus.ACTIVE),
                                peering("pcx-0000000c", APP, OTHER, PeeringStatus.DELETED)), "icmp",
                        new Quotas(2, 25, 50, 60),
                        List.of("quota active peering connections vpc-0aaa0001 2+1>2")),
                Arguments.of("outstanding requests of the requester's account at the quota, whatever VPCs they name",
                        APP, DB, List.of(peering("pcx-0000000a", OTHER, DB, PeeringStatus.PENDING_ACCEPTANCE)), "icmp",
                        new Quotas(50, 1, 50, 60),
                        List.of("quota outstanding peering requests 111122223333 1+1>1")),
                Arguments.of("requests awaiting acceptance made by another account do not count",
                        APP, DB, List.of(peering("pcx-0000000a", vpc("vpc-0ddd0004").cidr("10.8.0.0/16")
                                .in(Vpcs.THERE).build(), APP, PeeringStatus.PENDING_ACCEPTANCE)), "icmp",
                        new Quotas(50, 1, 50, 60), List.of()),
                Arguments.of("routes per table: existing plus planned over the quota",
                        app().routes("rtb-0aaa0001", 3).build(), db().cidr("10.2.0.0/16").build(), List.of(), "icmp",
                        new Quotas(50, 25, 5, 60),
                        List.of("quota IPv4 routes rtb-0aaa0001 4+2>5")),
                Arguments.of("routes per table: propagated routes do not count",
                        app().routes("rtb-0aaa0001", 2).propagatedRoute("rtb-0aaa0001", "192.168.0.0/16", "vgw-0a")
                                .propagatedRoute("rtb-0aaa0001", "192.169.0.0/16", "vgw-0a").build(),
                        db().cidr("10.2.0.0/16").build(), List.of(), "icmp", new Quotas(50, 25, 5, 60), List.of()),
                Arguments.of("routes per table: IPv6 routes counted apart from IPv4",
                        app().cidr("2600:1f18:aaaa:1200::/56").routes("rtb-0aaa0001", 3).build(),
                        db().cidr("2600:1f18:bbbb:3400::/56").build(), List.of(), "icmp", new Quotas(50, 25, 5, 60),
                        List.of()),
                Arguments.of("a raised routes quota allows what the default would refuse",
                        app().routes("rtb-0aaa0001", 49).build(), DB, List.of(), "icmp",
                        AWS.withOverrides("routes-per-table=100"), List.of()),
                Arguments.of("the default routes quota refuses a full table",
                        app().routes("rtb-0aaa0001", 49).build(), DB, List.of(), "icmp", AWS,
                        List.of("quota IPv4 routes rtb-0aaa0001 50+1>50")),
                Arguments.of("routes per table: exactly at the quota is fine",
                        app().routes("rtb-0aaa0001", 2).build(), db().cidr("10.2.0.0/16").build(), List.of(), "icmp",
                        new Quotas(50, 25, 5, 60), List.of()),
                Arguments.of("IPv4 rules per group over the quota",
                        APP, db().group("sg-0bbb0001", rule("tcp:22", "10.5.0.0/16"), rule("tcp:22", "10.6.0.0/16"))
                                .build(), List.of(), "tcp:5432,tcp:443", new Quotas(50, 25, 50, 3),
                        List.of("quota inbound IPv4 rules sg-0bbb0001 2+2>3")),
                Arguments.of("IPv6 rules per group counted apart; a group reference counts for both",
                        app().cidr("2600:1f18:aaaa:1200::/56").build(),
                        db().cidr("2600:1f18:bbbb:3400::/56").group("sg-0bbb0001",
                                Vpcs.groupRule("tcp:22", "sg-0bbb0009"), rule("tcp:22", "2600:1f18:bbbb:9900::/56"),
                                rule("tcp:80", "2600:1f18:bbbb:9900::/56")).build(), List.of(), "tcp:5432",
                        new Quotas(50, 25, 50, 3),
                        List.of("quota inbound IPv6 rules sg-0bbb0001 3+1>3")),
                Arguments.of("a table already routes a peer block elsewhere",
                        app().route("rtb-0aaa0001", "10.1.0.0/16", "tgw-0abc0abc").build(), DB, List.of(), "icmp", AWS,
                        List.of("conflict rtb-0aaa0001 10.1.0.0/16 via tgw-0abc0abc")),
                Arguments.of("a broader route to a transit gateway would lose the peer's range",
                        app().route("rtb-0aaa0001", "10.0.0.0/8", "tgw-0abc0abc").build(), DB, List.of(), "icmp", AWS,
                        List.of("moves rtb-0aaa0001 10.1.0.0/16 off TRANSIT_GATEWAY 10.0.0.0/8 tgw-0abc0abc")),
                Arguments.of("a more specific route to a transit gateway only keeps its part: no refusal",
                        app().route("rtb-0aaa0001", "10.1.5.0/24", "tgw-0abc0abc").build(), DB, List.of(), "icmp", AWS,
                        List.of()),
                Arguments.of("a blackhole left by an old peering",
                        APP, db().route("rtb-0bbb0002", "10.0.0.0/16", "pcx-0dead0dead").build(), List.of(), "icmp", AWS,
                        List.of("conflict rtb-0bbb0002 10.0.0.0/16 via pcx-0dead0dead")),
                Arguments.of("--subnets names a subnet in neither VPC",
                        APP, DB, List.of(), "icmp subnet-0aaa0001 subnet-0fff0fff subnet-0bbb0001", AWS,
                        List.of("unknown subnets [subnet-0fff0fff]")),
                Arguments.of("several problems at once",
                        APP, db().cidr("10.0.0.0/24").build(),
                        List.of(peering("pcx-0a1b2c3d", APP, DB, PeeringStatus.PROVISIONING)), "icmp", AWS,
                        List.of("overlap app-vpc/db-vpc 10.0.0.0/16~10.0.0.0/24", "existing pcx-0a1b2c3d provisioning null")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void findsEveryProblem(String description, VpcSnapshot requester, VpcSnapshot accepter,
                           List<PeeringConnection> existing, String portsAndSubnets, Quotas quotas, List<String> expected) {
        String[] words = portsAndSubnets.split(" ");
        PeeringOptions options = new PeeringOptions(PortList.parse(words[0]),
                Arrays.asList(words).subList(1, words.length), false, true, "");

        List<Rejection> rejections = new PeeringValidator(quotas)
                .validate(requester, accepter, existing, new Planner().plan(requester, accepter, options));

        assertThat(rejections).map(PeeringValidatorTest::shortForm).containsExactlyElementsOf(expected);
    }

    @Test
    void movingARangeOffATransitGatewayIsAllowedWithOverrideRoutes() {
        VpcSnapshot app = app().route("rtb-0aaa0001", "10.0.0.0/8", "tgw-0abc0abc").build();
        PeeringOptions options = new PeeringOptions(PortList.parse("icmp"), List.of(), false, true, "", true);

        List<Rejection> rejections = new PeeringValidator(AWS)
                .validate(app, DB, List.of(), new Planner().plan(app, DB, options));

        assertThat(rejections).isEmpty();
    }

    private static String shortForm(Rejection rejection) {
        if (rejection instanceof Rejection.SameVpc r) {
            return "same " + r.vpc();
        }
        if (rejection instanceof Rejection.OverlappingCidrs r) {
            return "overlap " + r.requesterVpc() + "/" + r.accepterVpc() + " "
                    + r.pairs().stream().map(p -> p[0] + "~" + p[1]).collect(Collectors.joining(" "));
        }
        if (rejection instanceof Rejection.ExistingPeering r) {
            return "existing " + r.pcxId() + " " + r.status().code() + " " + r.threadLink();
        }
        if (rejection instanceof Rejection.QuotaReached r) {
            return "quota " + r.quota() + " " + r.resourceId() + " " + r.inUse() + "+" + r.needed() + ">" + r.limit();
        }
        if (rejection instanceof Rejection.RouteConflict r) {
            return "conflict " + r.routeTableId() + " " + r.destination() + " via " + r.existingTarget();
        }
        if (rejection instanceof Rejection.MovesTrafficOffPath r) {
            return "moves " + r.routeTableId() + " " + r.range() + " off " + r.path() + " " + r.today().destination()
                    + " " + r.today().target();
        }
        if (rejection instanceof Rejection.UnknownSubnets r) {
            return "unknown subnets " + r.subnetIds();
        }
        return rejection.toString();
    }
}
