package io.peerbot.adapter.terraform;

import io.peerbot.domain.export.PeeringFootprint;
import io.peerbot.domain.export.RouteMade;
import io.peerbot.domain.export.RuleMade;
import io.peerbot.domain.export.SideFootprint;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.List;
import java.util.Map;

/** Footprints of peerings as peerbot makes them, for the Terraform tests. */
final class Footprints {
    static final String PCX = "pcx-0a1b2c3d4e5f60718";

    private Footprints() {
    }

    /** app-vpc (111122223333, eu-west-1) peered with billing (222233334444, us-east-1), tcp:5432 and icmp, --dns. */
    static PeeringFootprint crossAccountCrossRegion() {
        Cidr app = Cidr.parse("10.10.0.0/16");
        Cidr billing = Cidr.parse("10.20.0.0/16");
        Cidr billingV6 = Cidr.parse("2600:1f18:abcd:1200::/56");
        Map<String, String> tag = Map.of("peerbot:pcx", PCX);
        String description = "peerbot " + PCX;
        SideFootprint requester = new SideFootprint(Side.REQUESTER, "vpc-0aaa1111bbbb22223", new Location("111122223333",
                "eu-west-1"),
                List.of(new RouteMade("rtb-0a11111111111111a", billing),
                        new RouteMade("rtb-0a11111111111111a", billingV6),
                        new RouteMade("rtb-0b22222222222222b", billing)),
                List.of(new RuleMade("sg-0c33333333333333c", new SecurityRule("sgr-0d44444444444444d",
                        PortRange.ICMP, billing, null, description, tag))));
        SideFootprint accepter = new SideFootprint(Side.ACCEPTER, "vpc-0eee5555ffff66667", new Location("222233334444",
                "us-east-1"),
                List.of(new RouteMade("rtb-0f77777777777777f", app)),
                List.of(new RuleMade("sg-0188888888888888a", new SecurityRule("sgr-0299999999999999b",
                                new PortRange(Protocol.TCP, 5432, 5432), app, null, description, tag)),
                        new RuleMade("sg-0188888888888888a", new SecurityRule("sgr-03aaaaaaaaaaaaaac",
                                PortRange.ICMP, app, null, description, tag))));
        return new PeeringFootprint(PCX, requester, accepter, true);
    }
}
