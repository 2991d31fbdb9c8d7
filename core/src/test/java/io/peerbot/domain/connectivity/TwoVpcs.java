package io.peerbot.domain.connectivity;

import io.peerbot.domain.network.AclEntry;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Instance;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.NetworkAcl;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.Subnet;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two VPCs peered and opened the way peerbot would: app (10.0.0.0/16) and db (10.1.0.0/16), a route to
 * the peer via {@link #PCX} on each side, default ACLs (allow all), groups that allow icmp both ways and
 * tcp:5432 into db. Tests change one thing and look at the verdict.
 */
public final class TwoVpcs {
    public static final String PCX = "pcx-0123456789abcdef0";
    static final Cidr APP_NET = Cidr.parse("10.0.0.0/16");
    static final Cidr DB_NET = Cidr.parse("10.1.0.0/16");
    static final Cidr ANYWHERE = Cidr.parse("0.0.0.0/0");

    String appRegion = "us-east-1";
    String dbRegion = "us-east-1";
    final List<Route> appRoutes = new ArrayList<>(List.of(local(APP_NET), new Route(DB_NET, PCX, false)));
    final List<Route> dbRoutes = new ArrayList<>(List.of(local(DB_NET), new Route(APP_NET, PCX, false)));
    final List<AclEntry> appAcl = defaultAcl();
    final List<AclEntry> dbAcl = defaultAcl();
    final List<SecurityRule> appIngress = new ArrayList<>(List.of(rule(PortRange.ICMP, DB_NET)));
    final List<SecurityRule> appEgress = new ArrayList<>(List.of(rule(PortRange.ALL_TRAFFIC, ANYWHERE)));
    public final List<SecurityRule> dbIngress = new ArrayList<>(List.of(rule(PortRange.ICMP, APP_NET),
            rule(PortRange.tcp(5432), APP_NET)));
    final List<SecurityRule> dbEgress = new ArrayList<>(List.of(rule(PortRange.ALL_TRAFFIC, ANYWHERE)));
    public final List<Instance> appInstances = new ArrayList<>(List.of(instance("i-0app", "subnet-0app", "10.0.0.12",
            "sg-0app")));
    public final List<Instance> dbInstances = new ArrayList<>(List.of(instance("i-0db", "subnet-0db", "10.1.0.10",
            "sg-0db")));

    static Route local(Cidr block) {
        return new Route(block, "local", false);
    }

    static SecurityRule rule(PortRange ports, Cidr cidr) {
        return new SecurityRule("sgr-" + Math.abs((ports.toString() + cidr).hashCode()), ports, cidr, null, "");
    }

    static SecurityRule groupRule(PortRange ports, String groupId) {
        return new SecurityRule("sgr-" + Math.abs((ports + groupId).hashCode()), ports, null, groupId, "");
    }

    static AclEntry allow(int number, boolean egress, PortRange ports, Cidr cidr) {
        return new AclEntry(number, egress, ports, cidr, true);
    }

    static AclEntry deny(int number, boolean egress, PortRange ports, Cidr cidr) {
        return new AclEntry(number, egress, ports, cidr, false);
    }

    static PortRange tcp(int from, int to) {
        return new PortRange(Protocol.TCP, from, to);
    }

    static Instance instance(String id, String subnet, String ip, String group) {
        return new Instance(id, subnet, ip, "running", List.of(group), Map.of());
    }

    /** EC2's default ACL: rule 100 allows everything, {@code *} denies the rest, both ways. */
    static List<AclEntry> defaultAcl() {
        return new ArrayList<>(List.of(allow(100, false, PortRange.ALL_TRAFFIC, ANYWHERE),
                deny(32767, false, PortRange.ALL_TRAFFIC, ANYWHERE),
                allow(100, true, PortRange.ALL_TRAFFIC, ANYWHERE),
                deny(32767, true, PortRange.ALL_TRAFFIC, ANYWHERE)));
    }

    /** An ACL with only the default deny, to which a test adds what it allows. */
    static List<AclEntry> denyAll() {
        return new ArrayList<>(List.of(deny(32767, false, PortRange.ALL_TRAFFIC, ANYWHERE),
                deny(32767, true, PortRange.ALL_TRAFFIC, ANYWHERE)));
    }

    public VpcSnapshot app() {
        return snapshot("vpc-0app", "app-vpc", "111122223333", appRegion, APP_NET, "subnet-0app", "rtb-0app",
                appRoutes, "acl-0app", appAcl, "sg-0app", appIngress, appEgress, appInstances);
    }

    public VpcSnapshot db() {
        return snapshot("vpc-0db", "db-vpc", "111122223333", dbRegion, DB_NET, "subnet-0db", "rtb-0db", dbRoutes,
                "acl-0db", dbAcl, "sg-0db", dbIngress, dbEgress, dbInstances);
    }

    public PathEnd appEnd() {
        return new PathEnd(app(), appInstances.get(0));
    }

    public PathEnd dbEnd() {
        return new PathEnd(db(), dbInstances.get(0));
    }

    private static VpcSnapshot snapshot(String id, String name, String account, String region, Cidr block,
                                        String subnet, String rtb, List<Route> routes, String acl,
                                        List<AclEntry> entries, String group, List<SecurityRule> ingress,
                                        List<SecurityRule> egress, List<Instance> instances) {
        return new VpcSnapshot(id, new Location(account, region), Map.of("Name", name), List.of(block),
                List.of(new Subnet(subnet, List.of(block), region + "a")),
                List.of(new RouteTable(rtb, true, List.of(), routes)),
                List.of(new SecurityGroup(group, "default", Map.of(), ingress, egress)),
                instances,
                List.of(new NetworkAcl(acl, true, List.of(subnet), entries)));
    }
}
