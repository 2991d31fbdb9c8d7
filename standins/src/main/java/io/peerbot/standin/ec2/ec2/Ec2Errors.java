package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.AwsServiceError;
import java.util.Map;

/** EC2's error codes and messages. */
final class Ec2Errors {
    private static final Map<String, String[]> NOT_FOUND_BY_PREFIX = Map.of(
            "vpc", new String[] {"InvalidVpcID.NotFound", "The vpc ID '%s' does not exist"},
            "subnet", new String[] {"InvalidSubnetID.NotFound", "The subnet ID '%s' does not exist"},
            "rtb", new String[] {"InvalidRouteTableID.NotFound", "The routeTable ID '%s' does not exist"},
            "sg", new String[] {"InvalidGroup.NotFound", "The security group '%s' does not exist"},
            "sgr", new String[] {"InvalidSecurityGroupRuleId.NotFound", "The security group rule ID '%s' does not exist"},
            "acl", new String[] {"InvalidNetworkAclID.NotFound", "The networkAcl ID '%s' does not exist"},
            "i", new String[] {"InvalidInstanceID.NotFound", "The instance ID '%s' does not exist"},
            "pcx", new String[] {"InvalidVpcPeeringConnectionID.NotFound", "The vpcPeeringConnection ID '%s' does not exist"},
            "igw", new String[] {"InvalidGatewayID.NotFound", "The gateway ID '%s' does not exist"},
            "eni", new String[] {"InvalidNetworkInterfaceID.NotFound",
                    "The networkInterface ID '%s' does not exist"});

    private Ec2Errors() {
    }

    /** The NotFound error EC2 answers for an unknown ID of this kind, by the ID's prefix. */
    static AwsServiceError notFound(String id) {
        int dash = id.indexOf('-');
        String[] codeAndMessage = dash < 0 ? null : NOT_FOUND_BY_PREFIX.get(id.substring(0, dash));
        if (codeAndMessage == null) {
            return AwsServiceError.client("InvalidID", "The ID '" + id + "' is not valid");
        }
        return AwsServiceError.client(codeAndMessage[0], String.format(codeAndMessage[1], id));
    }

    static AwsServiceError missing(String parameter) {
        return AwsServiceError.client("MissingParameter", "The request must contain the parameter " + parameter);
    }

    static AwsServiceError invalid(String message) {
        return AwsServiceError.client("InvalidParameterValue", message);
    }

    static AwsServiceError combination(String message) {
        return AwsServiceError.client("InvalidParameterCombination", message);
    }

    static AwsServiceError notPermitted(String message) {
        return AwsServiceError.client("OperationNotPermitted", message);
    }

    static AwsServiceError invalidTransition(String pcxId, String from, String to) {
        return AwsServiceError.client("InvalidStateTransition",
                "Invalid state transition for " + pcxId + ", attempted to transition from " + from + " to " + to);
    }
}
