package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.Ec2Settings;
import io.peerbot.standin.ec2.http.AwsRequest;
import io.peerbot.standin.ec2.http.AwsResponse;
import io.peerbot.standin.ec2.http.AwsService;
import io.peerbot.standin.ec2.http.AwsServiceError;
import io.peerbot.standin.ec2.http.CallContext;
import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.iam.Principal;
import io.peerbot.standin.ec2.model.World;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** EC2 over the Query protocol, API version 2016-11-15. */
public final class Ec2Service implements AwsService {
    static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";

    private final World world;
    private final Ec2Settings settings;
    private final Map<String, Ec2Action> actions = new HashMap<>();

    public Ec2Service(World world, Ec2Settings settings) {
        this.world = world;
        this.settings = settings;
        VpcActions.register(actions);
        VpcAttributeActions.register(actions);
        RouteTableActions.register(actions);
        SecurityGroupActions.register(actions);
        SecurityGroupRuleActions.register(actions);
        InstanceActions.register(actions);
        NetworkInterfaceActions.register(actions);
        NetworkAclActions.register(actions);
        PeeringActions.register(actions);
        StaleGroupActions.register(actions);
        TagActions.register(actions);
    }

    @Override
    public String signingName() {
        return "ec2";
    }

    @Override
    public String action(AwsRequest request) {
        return request.formParams().get("Action");
    }

    @Override
    public boolean isDryRun(AwsRequest request) {
        return "true".equalsIgnoreCase(request.formParams().get("DryRun"));
    }

    @Override
    public AwsResponse handle(CallContext call) {
        Ec2Action action = actions.get(call.action());
        if (action == null) {
            throw unknownAction(call.action());
        }
        if (isDryRun(call.request())) {
            throw new AwsServiceError(412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        }
        Xml out = Xml.document(call.action() + "Response", NAMESPACE);
        out.value("requestId", call.requestId());
        synchronized (world) {
            Ec2Call ec2Call = new Ec2Call(call.caller(), call.region(), new Ec2Params(call.request().formParams()),
                    world, world.region(call.caller().account(), call.region()), settings);
            action.handle(ec2Call, out);
        }
        return AwsResponse.xml(200, out.finish());
    }

    @Override
    public AwsResponse renderError(AwsServiceError error, String requestId) {
        Xml out = Xml.document("Response", null);
        out.start("Errors").start("Error").value("Code", error.code()).value("Message", error.getMessage()).end().end();
        out.value("RequestID", requestId);
        return AwsResponse.xml(error.status(), out.finish());
    }

    @Override
    public AwsServiceError authFailure() {
        return new AwsServiceError(401, "AuthFailure", "AWS was not able to validate the provided access credentials");
    }

    @Override
    public AwsServiceError accessDenied(Principal caller, String iamAction) {
        return new AwsServiceError(403, "UnauthorizedOperation", "You are not authorized to perform this operation. "
                + "User: " + caller.arn() + " is not authorized to perform: " + iamAction
                + " because no identity-based policy allows the " + iamAction + " action. "
                + "Encoded authorization failure message: " + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public AwsServiceError unknownAction(String action) {
        return AwsServiceError.client("InvalidAction", "The action " + action + " is not valid for this web service.");
    }
}
