package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.StoredVpc;
import java.util.Map;

/**
 * DescribeVpcAttribute and ModifyVpcAttribute for the DNS attributes: one attribute per call, as EC2 takes them. A VPC
 * starts with AWS's defaults for {@code CreateVpc}: DNS resolution on, DNS hostnames off.
 */
final class VpcAttributeActions {
    private static final String HOSTNAMES = "enableDnsHostnames";
    private static final String SUPPORT = "enableDnsSupport";

    private VpcAttributeActions() {
    }

    static void register(Map<String, Ec2Action> actions) {
        actions.put("DescribeVpcAttribute", VpcAttributeActions::describe);
        actions.put("ModifyVpcAttribute", VpcAttributeActions::modify);
    }

    private static void describe(Ec2Call call, Xml out) {
        StoredVpc vpc = call.vpc(call.params().required("VpcId"));
        String attribute = call.params().required("Attribute");
        out.value("vpcId", vpc.id());
        switch (attribute) {
            case HOSTNAMES -> out.start(HOSTNAMES).value("value", vpc.dnsHostnames()).end();
            case SUPPORT -> out.start(SUPPORT).value("value", vpc.dnsSupport()).end();
            case "enableNetworkAddressUsageMetrics" -> out.start("enableNetworkAddressUsageMetrics")
                    .value("value", false).end();
            default -> throw Ec2Errors.invalid("Value (" + attribute + ") for parameter attribute is invalid. "
                    + "Unknown attribute.");
        }
    }

    private static void modify(Ec2Call call, Xml out) {
        StoredVpc vpc = call.vpc(call.params().required("VpcId"));
        Boolean hostnames = call.params().optionalBool("EnableDnsHostnames.Value");
        Boolean support = call.params().optionalBool("EnableDnsSupport.Value");
        if ((hostnames == null) == (support == null)) {
            throw Ec2Errors.combination("Fields for multiple attribute types specified: enableDnsHostnames, "
                    + "enableDnsSupport");
        }
        boolean nextSupport = support == null ? vpc.dnsSupport() : support;
        boolean nextHostnames = hostnames == null ? vpc.dnsHostnames() : hostnames;
        if (nextHostnames && !nextSupport) {
            throw Ec2Errors.invalid("Cannot enable DNS hostnames without DNS support");
        }
        vpc.dns(nextHostnames, nextSupport);
        out.value("return", true);
    }
}
