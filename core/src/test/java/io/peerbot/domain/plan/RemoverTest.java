package io.peerbot.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.traffic.PortList;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Teardown and close touch what belongs to the peering and nothing else. */
class RemoverTest {
    private static final String PCX = "pcx-0a1b2c3d";
    private static final String OTHER_PCX = "pcx-0ffff0000";

    private final Remover remover = new Remover();

    private final VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").cidr("10.0.0.0/16")
            .table("rtb-0a2").route("rtb-0a2", "10.1.0.0/16", PCX).route("rtb-0a2", "10.2.0.0/16", PCX)
            .route("rtb-0a2", "0.0.0.0/0", "igw-0a")
            .table("rtb-0a1").route("rtb-0a1", "10.1.0.0/16", PCX).route("rtb-0a1", "10.9.0.0/16", OTHER_PCX)
            .group("sg-0a1",
                    peerbots("sgr-0a11", "tcp:5432", "10.1.0.0/16", Map.of()),
                    peerbots("sgr-0a12", "icmp", "10.1.0.0/16", Map.of()),
                    rule("sgr-0a13", "tcp:5432", "10.9.0.0/16", "peerbot " + OTHER_PCX, Map.of()),
                    rule("sgr-0a14", "tcp:22", "10.1.0.0/16", "ssh, see " + PCX, Map.of()),
                    rule("sgr-0a15", "tcp:443", "10.1.0.0/16", "tagged only", Map.of("peerbot:pcx", PCX)))
            .build();
    private final VpcSnapshot db = Vpcs.vpc("vpc-0bbb0002").cidr("10.1.0.0/16", "10.2.0.0/16")
            .route(Vpcs.mainTableOf("vpc-0bbb0002"), "10.0.0.0/16", PCX)
            .group("sg-0b1", peerbots("sgr-0b11", "tcp:5432", "10.0.0.0/16", Map.of("peerbot:pcx", PCX)),
                    rule("sgr-0b12", "tcp:5432", "10.0.0.0/16", "", Map.of()))
            .build();

    @Test
    void aTeardownTakesEveryRouteThroughThePeeringAndOnlyPeerbotsRulesForIt() {
        Removal removal = remover.teardown(app, db, PCX);

        assertThat(removal.requester().routes()).containsExactly(route("rtb-0a1", "10.1.0.0/16"),
                route("rtb-0a2", "10.1.0.0/16"), route("rtb-0a2", "10.2.0.0/16"));
        assertThat(removal.requester().rules()).extracting(RuleRemoval::ruleId)
                .containsExactly("sgr-0a12", "sgr-0a15", "sgr-0a11");
        assertThat(removal.accepter().routes()).containsExactly(route(Vpcs.mainTableOf("vpc-0bbb0002"), "10.0.0.0/16"));
        assertThat(removal.accepter().rules()).extracting(RuleRemoval::ruleId).containsExactly("sgr-0b11");
        assertThat(removal.routeCount()).isEqualTo(4);
        assertThat(removal.routeTableCount()).isEqualTo(3);
        assertThat(removal.ruleCount()).isEqualTo(4);
        assertThat(removal.groupCount()).isEqualTo(2);
    }

    @Test
    void aCloseTakesPeerbotsRulesForExactlyThosePortsAndNoRoute() {
        Removal removal = remover.closing(app, db, PCX, PortList.parse("tcp:5432"));

        assertThat(removal.routeCount()).isZero();
        assertThat(removal.requester().rules()).extracting(RuleRemoval::ruleId).containsExactly("sgr-0a11");
        assertThat(removal.accepter().rules()).extracting(RuleRemoval::ruleId).containsExactly("sgr-0b11");
        assertThat(removal.requester().rules().get(0).label()).isEqualTo("sg-0a1: tcp:5432 from 10.1.0.0/16");
    }

    @Test
    void whatIsGoneAlreadyIsNotInTheRemoval() {
        VpcSnapshot bare = Vpcs.vpc("vpc-0aaa0001").cidr("10.0.0.0/16").group("sg-0a1").build();

        Removal removal = remover.teardown(bare, bare, PCX);

        assertThat(removal.isEmpty()).isTrue();
    }

    private static RouteChange route(String table, String destination) {
        return new RouteChange(table, Cidr.parse(destination));
    }

    private static SecurityRule peerbots(String id, String ports, String cidr, Map<String, String> tags) {
        return rule(id, ports, cidr, PeerbotRules.description(PCX), tags);
    }

    private static SecurityRule rule(String id, String ports, String cidr, String description,
                                     Map<String, String> tags) {
        return new SecurityRule(id, PortList.parse(ports).get(0), Cidr.parse(cidr), null, description, tags);
    }
}
