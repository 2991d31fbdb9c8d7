package io.peerbot.domain.network;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a network interface serves, as far as EC2 tells: a kind and a name a person recognises. RDS gives its
 * interfaces no database name (only "RDSNetworkInterface"), so an RDS interface is named by its own {@code Name}
 * tag, else by its address.
 */
public record Service(Kind kind, String name) {
    private static final Pattern LAMBDA = Pattern.compile("AWS Lambda VPC ENI-(.+?)(?:-[0-9a-f]{8}-[0-9a-f]{4}-.*)?$");
    private static final Pattern ELB = Pattern.compile("ELB (?:(?:app|net|gwy)/)?([^/]+)(?:/.*)?$");
    private static final Pattern RESOURCE = Pattern.compile("((?:vpce|nat|fs|fsmt)-[0-9a-f]+)");

    public enum Kind { INSTANCE, RDS, LAMBDA, LOAD_BALANCER, VPC_ENDPOINT, NAT_GATEWAY, EFS, MANAGED, UNATTACHED }

    static Service of(NetworkInterface eni) {
        String requester = eni.requesterId() == null ? "" : eni.requesterId().toLowerCase(Locale.ROOT);
        String type = eni.interfaceType() == null ? "interface" : eni.interfaceType();
        String description = eni.description();
        String fallback = eni.tags().getOrDefault("Name", eni.privateIp() == null ? eni.id() : eni.privateIp());
        if (eni.instanceId() != null && !eni.requesterManaged()) {
            return new Service(Kind.INSTANCE, eni.instanceId());
        }
        if (type.equals("lambda") || description.startsWith("AWS Lambda VPC ENI")) {
            return new Service(Kind.LAMBDA, group(LAMBDA, description).orElse(fallback));
        }
        if (type.equals("vpc_endpoint") || type.equals("gateway_load_balancer_endpoint")) {
            return new Service(Kind.VPC_ENDPOINT, group(RESOURCE, description).orElse(fallback));
        }
        if (type.equals("nat_gateway")) {
            return new Service(Kind.NAT_GATEWAY, group(RESOURCE, description).orElse(fallback));
        }
        if (type.equals("efs") || description.startsWith("EFS mount target")) {
            return new Service(Kind.EFS, group(RESOURCE, description).orElse(fallback));
        }
        if (requester.equals("amazon-rds") || description.equals("RDSNetworkInterface")) {
            return new Service(Kind.RDS, fallback);
        }
        if (requester.equals("amazon-elb") || type.equals("network_load_balancer")
                || type.equals("gateway_load_balancer") || description.startsWith("ELB ")) {
            return new Service(Kind.LOAD_BALANCER, group(ELB, description).orElse(fallback));
        }
        if (eni.requesterManaged() || !requester.isEmpty()) {
            return new Service(Kind.MANAGED, description.isBlank() ? fallback : description);
        }
        return new Service(Kind.UNATTACHED, fallback);
    }

    private static java.util.Optional<String> group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }
}
