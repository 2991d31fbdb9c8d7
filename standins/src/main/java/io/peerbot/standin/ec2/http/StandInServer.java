package io.peerbot.standin.ec2.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.CallLog;
import io.peerbot.standin.ec2.Fault;
import io.peerbot.standin.ec2.Faults;
import io.peerbot.standin.ec2.Permissions;
import io.peerbot.standin.ec2.RequestBuckets;
import io.peerbot.standin.ec2.iam.Identities;
import io.peerbot.standin.ec2.iam.Principal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoint on loopback. Every request goes through the same steps whatever the service: pick the service,
 * authenticate, inject faults, check permissions, handle, log.
 */
public final class StandInServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StandInServer.class);
    private static final String DEFAULT_REGION = "us-east-1";

    private final Map<String, AwsService> services = new ConcurrentHashMap<>();
    private final Identities identities;
    private final Permissions permissions;
    private final Faults faults;
    private final CallLog calls;
    private final Clock clock;
    private Javalin app;

    public StandInServer(Identities identities, Permissions permissions, Faults faults, CallLog calls, Clock clock) {
        this.identities = identities;
        this.permissions = permissions;
        this.faults = faults;
        this.calls = calls;
        this.clock = clock;
    }

    /** Serves a service under its signing name, replacing any served under the same name. */
    public void register(AwsService service) {
        services.put(service.signingName(), service);
    }

    /** Starts on 127.0.0.1 and an ephemeral port; returns the endpoint. */
    public synchronized URI start() {
        if (app == null) {
            app = Javalin.create(config -> {
                config.showJavalinBanner = false;
                config.startupWatcherEnabled = false;
            });
            app.post("/", this::serve);
            app.start("127.0.0.1", 0);
        }
        return URI.create("http://127.0.0.1:" + app.port());
    }

    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    private void serve(Context ctx) {
        AwsResponse response = route(new AwsRequest(ctx.headerMap(), ctx.bodyAsBytes()));
        ctx.status(response.status()).contentType(response.contentType()).result(response.body());
    }

    /** Answers one request; visible for tests of the routing itself. */
    public AwsResponse route(AwsRequest request) {
        String requestId = UUID.randomUUID().toString();
        Optional<SigV4Scope> scope = request.scope();
        AwsService service = pickService(request, scope);
        String region = scope.map(SigV4Scope::region).orElse(DEFAULT_REGION);
        String action = service.action(request);
        boolean dryRun = service.isDryRun(request);
        boolean mutating = action != null && service.isMutating(action) && !dryRun;

        Optional<Principal> caller = scope.flatMap(s ->
                identities.authenticate(s.accessKeyId(), request.header("X-Amz-Security-Token")));
        if (caller.isEmpty()) {
            AwsServiceError error = service.authFailure();
            return answer(service, error, requestId,
                    new Call(clock.instant(), service.signingName(), null, region, action, null, mutating, dryRun, 0, null));
        }
        Principal principal = caller.get();
        Call call = new Call(clock.instant(), service.signingName(), principal.account(), region, action,
                principal.arn(), mutating, dryRun, 0, null);
        if ("ec2".equals(service.signingName()) && action != null && !faults.withinRequestBuckets(principal.account(),
                region, action, () -> RequestBuckets.narrowed(request.formParams()))) {
            return answer(service, service.fault(Fault.THROTTLE), requestId, call);
        }
        Faults.Decision decision = faults.decide(action == null ? "" : action);
        calls.started();
        try {
            pause(decision.latency());
            if (decision.fault() != null && decision.fault() != Fault.INTERNAL_ERROR_AFTER_APPLY) {
                throw service.fault(decision.fault());
            }
            if (action == null) {
                throw service.unknownAction(null);
            }
            String iamAction = service.iamNamespace() + ":" + action;
            if (permissions.isDenied(principal.account(), iamAction)) {
                throw service.accessDenied(principal, iamAction);
            }
            AwsResponse response = service.handle(new CallContext(request, principal, region, action, requestId));
            if (response.status() < 300) {
                faults.applied(action, principal.account(), request.formParams());
            }
            if (decision.fault() == Fault.INTERNAL_ERROR_AFTER_APPLY) {
                throw service.fault(decision.fault());
            }
            calls.record(withOutcome(call, response.status(), null));
            return response;
        } catch (AwsServiceError error) {
            return answer(service, error, requestId, call);
        } catch (RuntimeException e) {
            LOG.error("stand-in failed on {} {}", service.signingName(), action, e);
            return answer(service, new AwsServiceError(500, "InternalError", "An internal error has occurred."),
                    requestId, call);
        } finally {
            calls.finished();
            decision.done().run();
        }
    }

    private AwsResponse answer(AwsService service, AwsServiceError error, String requestId, Call call) {
        calls.record(withOutcome(call, error.status(), error.code()));
        return service.renderError(error, requestId);
    }

    private static Call withOutcome(Call c, int status, String errorCode) {
        return new Call(c.at(), c.service(), c.account(), c.region(), c.action(), c.callerArn(), c.mutating(),
                c.dryRun(), status, errorCode);
    }

    private AwsService pickService(AwsRequest request, Optional<SigV4Scope> scope) {
        String name = scope.map(SigV4Scope::service).orElseGet(() -> guessService(request));
        AwsService service = services.get(name);
        return service != null ? service : services.get("ec2");
    }

    /** Without a credential scope: JSON protocols name a target, Query protocols a version. */
    private static String guessService(AwsRequest request) {
        String target = request.header("X-Amz-Target");
        if (target != null && target.startsWith("AmazonSSM.")) {
            return "ssm";
        }
        if (target != null && target.startsWith("DynamoDB_20120810.")) {
            return "dynamodb";
        }
        if (target != null && target.startsWith("AWSOrganizationsV20161128.")) {
            return "organizations";
        }
        return "2011-06-15".equals(request.formParams().get("Version")) ? "sts" : "ec2";
    }

    private static void pause(Duration latency) {
        if (latency.isZero() || latency.isNegative()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
