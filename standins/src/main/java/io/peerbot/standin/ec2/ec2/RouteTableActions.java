package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.AwsServiceError;
import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.Cidrs;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredRoute;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.model.StoredRouteTableAssociation;
import io.peerbot.standin.ec2.model.StoredVpc;
import java.util.List;
import java.util.Map;

/** DescribeRouteTables, CreateRoute, ReplaceRoute, DeleteRoute. */
final class RouteTableActions {
    private static final FilterSpec<StoredRouteTable> FILTERS = new FilterSpec<StoredRouteTable>(t -> t.tags().asMap())
            .field("route-table-id", StoredRouteTable::id)
            .field("vpc-id", StoredRouteTable::vpcId)
            .field("owner-id", StoredRouteTable::ownerId)
            .field("association.subnet-id", StoredRouteTable::subnetIds)
            .field("association.main", StoredRouteTable::isMain)
            .field("association.route-table-association-id",
                    t -> t.associations().stream().map(StoredRouteTableAssociation::associationId).toList())
            .field("association.route-table-id", t -> t.associations().isEmpty() ? null : t.id())
            .field("route.destination-cidr-block",
                    t -> t.routes().stream().map(StoredRoute::destinationCidrBlock).toList())
            .field("route.destination-ipv6-cidr-block",
                    t -> t.routes().stream().map(StoredRoute::destinationIpv6CidrBlock).toList())
            .field("route.vpc-peering-connection-id",
                    t -> t.routes().stream().map(StoredRoute::vpcPeeringConnectionId).toList())
            .field("route.gateway-id", t -> t.routes().stream().map(StoredRoute::gatewayId).toList())
            .field("route.state", t -> t.routes().stream().map(StoredRoute::state).toList())
            .field("route.origin", t -> t.routes().stream().map(StoredRoute::origin).toList());

    private RouteTableActions() {
    }

    static void register(Map<String, Ec2Action> actions) {
        actions.put("DescribeRouteTables", RouteTableActions::describe);
        actions.put("CreateRoute", RouteTableActions::create);
        actions.put("ReplaceRoute", RouteTableActions::replace);
        actions.put("DeleteRoute", RouteTableActions::delete);
    }

    private static void describe(Ec2Call call, Xml out) {
        List<StoredRouteTable> tables = FILTERS.apply(
                call.selected("RouteTableId", call.here().routeTables(), Ec2Call::routeTable), call.params());
        Page<StoredRouteTable> page = Page.of(tables, call.params(), 100);
        out.list("routeTableSet", page.items(), RouteTableActions::routeTable);
        out.value("nextToken", page.nextToken());
    }

    private static void routeTable(Xml x, StoredRouteTable t) {
        x.value("routeTableId", t.id()).value("vpcId", t.vpcId()).value("ownerId", t.ownerId())
                .list("routeSet", t.routes(), (y, r) -> y
                        .value("destinationCidrBlock", r.destinationCidrBlock())
                        .value("destinationIpv6CidrBlock", r.destinationIpv6CidrBlock())
                        .value(targetElement(r.gatewayId()), r.gatewayId())
                        .value("vpcPeeringConnectionId", r.vpcPeeringConnectionId())
                        .value("state", r.state()).value("origin", r.origin()))
                .list("associationSet", t.associations(), (y, a) -> y
                        .value("routeTableAssociationId", a.associationId()).value("routeTableId", t.id())
                        .value("subnetId", a.subnetId()).value("main", a.main())
                        .start("associationState").value("state", "associated").end())
                .list("propagatingVgwSet", List.of(), (y, v) -> { });
        Ec2Xml.tagSet(x, t.tags().asMap());
    }

    /** EC2 names a route's target by its kind: a transit gateway in transitGatewayId, a NAT gateway in natGatewayId … */
    private static String targetElement(String target) {
        if (target == null) {
            return "gatewayId";
        }
        if (target.startsWith("tgw-")) {
            return "transitGatewayId";
        } else if (target.startsWith("nat-")) {
            return "natGatewayId";
        } else if (target.startsWith("eni-")) {
            return "networkInterfaceId";
        } else if (target.startsWith("i-")) {
            return "instanceId";
        } else if (target.startsWith("eigw-")) {
            return "egressOnlyInternetGatewayId";
        }
        return "gatewayId";
    }

    private static void create(Ec2Call call, Xml out) {
        StoredRouteTable table = call.routeTable(call.params().required("RouteTableId"));
        String destination = destination(call);
        StoredRoute route = target(call, table, destination);
        if (table.route(destination).isPresent()) {
            throw AwsServiceError.client("RouteAlreadyExists",
                    "The route identified by " + destination + " already exists.");
        }
        StoredVpc vpc = call.vpc(table.vpcId());
        for (String local : vpc.allCidrBlocks()) {
            if (Cidrs.contains(local, destination)) {
                throw Ec2Errors.invalid("The destination CIDR block " + destination + " is equal to or more specific "
                        + "than one of this VPC's CIDR blocks. This route can target only an interface or an instance.");
            }
        }
        long routes = table.routes().stream().filter(r -> !r.isLocal() && !r.propagated()).count();
        if (routes >= call.settings().routesPerRouteTable()) {
            throw AwsServiceError.client("RouteLimitExceeded",
                    "The maximum number of routes has been reached for route table " + table.id() + ".");
        }
        table.addRoute(route);
        out.value("return", true);
    }

    private static void replace(Ec2Call call, Xml out) {
        StoredRouteTable table = call.routeTable(call.params().required("RouteTableId"));
        String destination = destination(call);
        StoredRoute existing = table.route(destination).orElseThrow(() -> AwsServiceError.client("InvalidRoute.NotFound",
                "There is no route defined for '" + destination + "' in the route table. "
                        + "Please correct the destination and try again."));
        if (existing.isLocal()) {
            throw Ec2Errors.invalid("cannot replace local route " + destination + " in route table " + table.id());
        }
        table.replaceRoute(target(call, table, destination));
        out.value("return", true);
    }

    private static void delete(Ec2Call call, Xml out) {
        StoredRouteTable table = call.routeTable(call.params().required("RouteTableId"));
        String destination = destination(call);
        StoredRoute existing = table.route(destination).orElseThrow(() -> AwsServiceError.client("InvalidRoute.NotFound",
                "no route with destination-cidr-block " + destination + " in route table " + table.id()));
        if (existing.isLocal()) {
            throw Ec2Errors.invalid("cannot remove local route " + destination + " in route table " + table.id());
        }
        table.removeRoute(destination);
        out.value("return", true);
    }

    /** The one destination of the request, canonical. */
    private static String destination(Ec2Call call) {
        String v4 = call.params().get("DestinationCidrBlock");
        String v6 = call.params().get("DestinationIpv6CidrBlock");
        if (v4 != null && v6 != null) {
            throw Ec2Errors.combination("Only one of destinationCidrBlock and destinationIpv6CidrBlock may be given");
        }
        if (v4 == null && v6 == null) {
            throw Ec2Errors.missing("destinationCidrBlock");
        }
        String given = v4 != null ? v4 : v6;
        boolean wantV6 = v6 != null;
        if (Cidrs.parse(given).isEmpty() || Cidrs.isIpv6(given) != wantV6) {
            throw Ec2Errors.invalid("Value (" + given + ") for parameter "
                    + (wantV6 ? "destinationIpv6CidrBlock" : "destinationCidrBlock")
                    + " is invalid. This is not a valid CIDR block.");
        }
        return Cidrs.canonical(given);
    }

    /** The route the request asks for: to a peering connection of this VPC, or to an internet gateway of it. */
    private static StoredRoute target(Ec2Call call, StoredRouteTable table, String destination) {
        String pcxId = call.params().get("VpcPeeringConnectionId");
        String gatewayId = call.params().get("GatewayId");
        boolean v6 = Cidrs.isIpv6(destination);
        String v4Destination = v6 ? null : destination;
        String v6Destination = v6 ? destination : null;
        if (pcxId != null && gatewayId != null) {
            throw Ec2Errors.combination("More than one target specified");
        }
        if (pcxId != null) {
            StoredPeeringConnection pcx = call.peering(pcxId);
            if (!pcx.status().isLive()) {
                throw Ec2Errors.notFound(pcxId);
            }
            boolean ours = pcx.requester().vpcId().equals(table.vpcId()) && pcx.requester().is(call.account(), call.region())
                    || pcx.accepter().vpcId().equals(table.vpcId()) && pcx.accepter().is(call.account(), call.region());
            if (!ours) {
                throw Ec2Errors.invalid("route table " + table.id() + " and network gateway " + pcxId
                        + " belong to different networks");
            }
            String state = pcx.status() == StoredPeeringConnection.Status.ACTIVE ? "active" : "blackhole";
            return new StoredRoute(v4Destination, v6Destination, null, pcxId, state, "CreateRoute");
        }
        if (gatewayId != null) {
            if (!call.vpc(table.vpcId()).internetGateways().contains(gatewayId)) {
                throw AwsServiceError.client("InvalidGatewayID.NotFound",
                        "The gateway ID '" + gatewayId + "' does not exist");
            }
            return new StoredRoute(v4Destination, v6Destination, gatewayId, null, "active", "CreateRoute");
        }
        throw Ec2Errors.missing("gatewayId or vpcPeeringConnectionId (the stand-in supports these targets)");
    }
}
