package io.peerbot.standin.ec2.ssm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.peerbot.standin.ec2.Fault;
import io.peerbot.standin.ec2.http.AwsRequest;
import io.peerbot.standin.ec2.http.AwsResponse;
import io.peerbot.standin.ec2.http.JsonProtocolService;
import io.peerbot.standin.ec2.http.AwsServiceError;
import io.peerbot.standin.ec2.http.CallContext;
import io.peerbot.standin.ec2.model.StoredInstance;
import io.peerbot.standin.ec2.model.World;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SSM Run Command over the AWS JSON 1.1 protocol ({@code X-Amz-Target: AmazonSSM.<Action>}): {@code SendCommand}
 * of a Command document the account has ({@link SsmDocuments}; {@code InvalidDocument} otherwise) with its
 * parameters checked against the document's schema ({@code InvalidParameters}), {@code GetCommandInvocation},
 * {@code CancelCommand}, {@code DescribeInstanceInformation} and {@code DescribeDocument}. Errors are JSON with
 * {@code __type}, as SSM sends them.
 */
public final class SsmService implements JsonProtocolService {
    private static final String TARGET_PREFIX = "AmazonSSM.";
    private static final int MAX_OUTPUT = 24_000;
    private static final int MAX_COMMENT = 100;

    private final World world;
    private final SsmFleet fleet;
    private final SsmDocuments documents;
    private final Clock clock;
    private final InstanceShell shell;
    private final Map<String, List<Invocation>> commands = new ConcurrentHashMap<>();

    public SsmService(World world, SsmFleet fleet, SsmDocuments documents, Clock clock) {
        this.world = world;
        this.fleet = fleet;
        this.documents = documents;
        this.clock = clock;
        this.shell = new InstanceShell(new PacketPath(world), fleet);
    }

    @Override
    public String signingName() {
        return "ssm";
    }

    @Override
    public String targetPrefix() {
        return TARGET_PREFIX;
    }

    @Override
    public AwsResponse handle(CallContext call) {
        JsonObject in = SsmJson.parse(call.request().bodyText());
        JsonObject out = switch (call.action()) {
            case "SendCommand" -> sendCommand(call, in);
            case "GetCommandInvocation" -> getCommandInvocation(call, in);
            case "CancelCommand" -> cancelCommand(call, in);
            case "DescribeInstanceInformation" -> describeInstanceInformation(call, in);
            case "DescribeDocument" -> describeDocument(call, in);
            default -> throw unknownAction(call.action());
        };
        return AwsResponse.json(200, out.toString());
    }

    private JsonObject sendCommand(CallContext call, JsonObject in) {
        String name = SsmJson.string(in, "DocumentName").orElseThrow(() -> validation("documentName"));
        List<String> instanceIds = SsmJson.strings(in.get("InstanceIds"));
        String comment = SsmJson.string(in, "Comment").orElse("");
        if (comment.length() > MAX_COMMENT) {
            throw AwsServiceError.client("ValidationException", "1 validation error detected: Value '" + comment
                    + "' at 'comment' failed to satisfy constraint: Member must have length less than or equal to "
                    + MAX_COMMENT);
        }
        SsmDocument document = documents.require(call.caller().account(), call.region(), name);
        Map<String, List<String>> parameters = document.resolve(parameters(in));
        List<String> lines = document.commands(parameters);
        if (instanceIds.isEmpty()) {
            throw AwsServiceError.client("InvalidParameters", "No instance IDs or targets were specified.");
        }
        List<StoredInstance> instances = instanceIds.stream().map(id -> managedInstance(call, id)).toList();

        String commandId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<Invocation> invocations = new ArrayList<>();
        for (StoredInstance instance : instances) {
            SsmFleet.SentCommand sent = new SsmFleet.SentCommand(commandId, call.caller().account(), call.region(),
                    instance.id(), name, parameters, lines, comment);
            fleet.record(sent);
            InstanceShell.Result result = fleet.hangs(instance.id())
                    ? new InstanceShell.Result("", "", -1, true)
                    : fleet.failure(instance.id()).orElseGet(() -> shell.run(instance, lines));
            invocations.add(new Invocation(sent, now, fleet.completionDelay(), result, fleet.hiddenPolls()));
        }
        commands.put(commandId, invocations);

        JsonObject command = new JsonObject();
        command.addProperty("CommandId", commandId);
        command.addProperty("DocumentName", name);
        command.addProperty("DocumentVersion", "$DEFAULT");
        command.addProperty("Comment", comment);
        command.add("ExpiresAfter", SsmJson.timestamp(now.plusSeconds(timeoutSeconds(in))));
        JsonObject params = new JsonObject();
        parameters.forEach((key, values) -> params.add(key, SsmJson.array(values)));
        command.add("Parameters", params);
        command.add("InstanceIds", SsmJson.array(instanceIds));
        command.add("Targets", new JsonArray());
        command.add("RequestedDateTime", SsmJson.timestamp(now));
        command.addProperty("Status", "Pending");
        command.addProperty("StatusDetails", "Pending");
        command.addProperty("MaxConcurrency", "50");
        command.addProperty("MaxErrors", "0");
        command.addProperty("TargetCount", instanceIds.size());
        command.addProperty("CompletedCount", 0);
        command.addProperty("ErrorCount", 0);
        command.addProperty("DeliveryTimedOutCount", 0);
        command.addProperty("TimeoutSeconds", timeoutSeconds(in));
        JsonObject out = new JsonObject();
        out.add("Command", command);
        return out;
    }

    private static Map<String, List<String>> parameters(JsonObject in) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        if (in.has("Parameters") && in.get("Parameters").isJsonObject()) {
            in.getAsJsonObject("Parameters").entrySet()
                    .forEach(e -> given.put(e.getKey(), SsmJson.strings(e.getValue())));
        }
        return given;
    }

    /** The document's description, as {@code DescribeDocument} answers it; {@code InvalidDocument} if absent. */
    private JsonObject describeDocument(CallContext call, JsonObject in) {
        String name = SsmJson.string(in, "Name").orElseThrow(() -> validation("name"));
        SsmDocument document = documents.require(call.caller().account(), call.region(), name);
        boolean awsOwned = name.startsWith("AWS-");
        JsonObject description = new JsonObject();
        description.addProperty("Name", document.name());
        description.addProperty("DocumentType", "Command");
        description.addProperty("DocumentFormat", "JSON");
        description.addProperty("SchemaVersion", "2.2");
        description.addProperty("Owner", awsOwned ? "Amazon" : call.caller().account());
        description.addProperty("Status", "Active");
        description.addProperty("DocumentVersion", "1");
        description.addProperty("LatestVersion", "1");
        description.addProperty("DefaultVersion", "1");
        description.addProperty("Hash", sha256(document.content()));
        description.addProperty("HashType", "Sha256");
        JsonArray parameters = new JsonArray();
        document.parameterNames().forEach(p -> {
            JsonObject parameter = new JsonObject();
            parameter.addProperty("Name", p);
            parameters.add(parameter);
        });
        description.add("Parameters", parameters);
        JsonArray platforms = new JsonArray();
        platforms.add("Linux");
        description.add("PlatformTypes", platforms);
        JsonObject out = new JsonObject();
        out.add("Document", description);
        return out;
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The instance in the caller's account and region, running and managed; else {@code InvalidInstanceId}. */
    private StoredInstance managedInstance(CallContext call, String instanceId) {
        Optional<StoredInstance> instance = world.region(call.caller().account(), call.region()).findInstance(instanceId);
        if (instance.isEmpty() || !"running".equals(instance.get().state()) || !fleet.isManaged(instanceId)) {
            throw AwsServiceError.client("InvalidInstanceId", "Instances [[" + instanceId
                    + "]] not in a valid state for account " + call.caller().account());
        }
        return instance.get();
    }

    private JsonObject getCommandInvocation(CallContext call, JsonObject in) {
        String commandId = SsmJson.string(in, "CommandId").orElseThrow(() -> validation("commandId"));
        String instanceId = SsmJson.string(in, "InstanceId").orElseThrow(() -> validation("instanceId"));
        Invocation invocation = commands.getOrDefault(commandId, List.of()).stream()
                .filter(i -> i.command().instanceId().equals(instanceId) && ownedBy(i, call))
                .findFirst().filter(Invocation::visible)
                .orElseThrow(() -> AwsServiceError.client("InvocationDoesNotExist",
                        "The command ID and instance ID you specified did not match any invocations."));
        Instant now = clock.instant();
        String status = invocation.status(now);
        boolean ended = status.equals("Success") || status.equals("Failed") || status.equals("Cancelled");
        InstanceShell.Result result = invocation.result();
        JsonObject out = new JsonObject();
        out.addProperty("CommandId", commandId);
        out.addProperty("InstanceId", instanceId);
        out.addProperty("Comment", invocation.command().comment());
        out.addProperty("DocumentName", invocation.command().documentName());
        out.addProperty("DocumentVersion", "$DEFAULT");
        out.addProperty("PluginName", "aws:runShellScript");
        out.addProperty("ResponseCode", ended && !status.equals("Cancelled") ? result.exitCode() : -1);
        if (!status.equals("Pending")) {
            out.addProperty("ExecutionStartDateTime", SsmJson.stringDate(invocation.requestedAt()));
        }
        if (ended) {
            out.addProperty("ExecutionEndDateTime", SsmJson.stringDate(invocation.endedAt()));
            out.addProperty("ExecutionElapsedTime", "PT" + java.time.Duration.between(invocation.requestedAt(),
                    invocation.endedAt()).toMillis() / 1000.0 + "S");
        }
        out.addProperty("Status", status);
        out.addProperty("StatusDetails", status);
        boolean output = ended && !status.equals("Cancelled");
        out.addProperty("StandardOutputContent", output ? truncate(result.stdout()) : "");
        out.addProperty("StandardOutputUrl", "");
        out.addProperty("StandardErrorContent", output ? truncate(result.stderr()) : "");
        out.addProperty("StandardErrorUrl", "");
        JsonObject cloudWatch = new JsonObject();
        cloudWatch.addProperty("CloudWatchOutputEnabled", false);
        out.add("CloudWatchOutputConfig", cloudWatch);
        return out;
    }

    private JsonObject cancelCommand(CallContext call, JsonObject in) {
        String commandId = SsmJson.string(in, "CommandId").orElseThrow(() -> validation("commandId"));
        List<Invocation> invocations = commands.getOrDefault(commandId, List.of()).stream()
                .filter(i -> ownedBy(i, call)).toList();
        if (invocations.isEmpty()) {
            throw AwsServiceError.client("InvalidCommandId", "");
        }
        Set<String> only = Set.copyOf(SsmJson.strings(in.get("InstanceIds")));
        Instant now = clock.instant();
        invocations.stream().filter(i -> only.isEmpty() || only.contains(i.command().instanceId()))
                .forEach(i -> i.cancel(now));
        return new JsonObject();
    }

    private JsonObject describeInstanceInformation(CallContext call, JsonObject in) {
        List<String> wanted = new ArrayList<>();
        List<String> pingStatus = new ArrayList<>();
        for (JsonElement f : array(in, "Filters")) {
            String key = f.getAsJsonObject().get("Key").getAsString();
            List<String> values = SsmJson.strings(f.getAsJsonObject().get("Values"));
            if (key.equals("InstanceIds")) {
                wanted.addAll(values);
            } else if (key.equals("PingStatus")) {
                pingStatus.addAll(values);
            }
        }
        for (JsonElement f : array(in, "InstanceInformationFilterList")) {
            if (f.getAsJsonObject().get("key").getAsString().equals("InstanceIds")) {
                wanted.addAll(SsmJson.strings(f.getAsJsonObject().get("valueSet")));
            }
        }
        List<StoredInstance> managed = world.region(call.caller().account(), call.region()).instances().stream()
                .filter(i -> fleet.isManaged(i.id()) && !"terminated".equals(i.state()))
                .filter(i -> wanted.isEmpty() || wanted.contains(i.id()))
                .filter(i -> pingStatus.isEmpty() || pingStatus.contains(pingStatus(i)))
                .toList();
        int start = SsmJson.string(in, "NextToken").map(Integer::parseInt).orElse(0);
        int pageSize = in.has("MaxResults") ? in.get("MaxResults").getAsInt() : 50;
        List<StoredInstance> page = managed.subList(Math.min(start, managed.size()),
                Math.min(start + pageSize, managed.size()));
        JsonArray list = new JsonArray();
        Instant now = clock.instant();
        for (StoredInstance i : page) {
            JsonObject info = new JsonObject();
            info.addProperty("InstanceId", i.id());
            info.addProperty("PingStatus", pingStatus(i));
            info.add("LastPingDateTime", SsmJson.timestamp(now));
            info.addProperty("AgentVersion", "3.3.1142.0");
            info.addProperty("IsLatestVersion", true);
            info.addProperty("PlatformType", i.windows() ? "Windows" : "Linux");
            info.addProperty("PlatformName", i.windows() ? "Microsoft Windows Server 2022 Datacenter" : "Amazon Linux");
            info.addProperty("PlatformVersion", i.windows() ? "10.0.20348" : "2023");
            info.addProperty("ResourceType", "EC2Instance");
            info.addProperty("IPAddress", i.privateIpAddress());
            info.addProperty("ComputerName", "ip-" + i.privateIpAddress().replace('.', '-') + ".ec2.internal");
            info.addProperty("SourceId", i.id());
            info.addProperty("SourceType", "AWS::EC2::Instance");
            list.add(info);
        }
        JsonObject out = new JsonObject();
        out.add("InstanceInformationList", list);
        if (start + pageSize < managed.size()) {
            out.addProperty("NextToken", String.valueOf(start + pageSize));
        }
        return out;
    }

    private static String pingStatus(StoredInstance instance) {
        return "running".equals(instance.state()) ? "Online" : "ConnectionLost";
    }

    private static JsonArray array(JsonObject in, String name) {
        JsonElement value = in.get(name);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
    }

    private static boolean ownedBy(Invocation invocation, CallContext call) {
        return invocation.command().account().equals(call.caller().account())
                && invocation.command().region().equals(call.region());
    }

    private static long timeoutSeconds(JsonObject in) {
        return in.has("TimeoutSeconds") ? in.get("TimeoutSeconds").getAsLong() : 3600;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_OUTPUT ? text : text.substring(0, MAX_OUTPUT);
    }

    private static AwsServiceError validation(String member) {
        return AwsServiceError.client("ValidationException", "1 validation error detected: Value null at '" + member
                + "' failed to satisfy constraint: Member must not be null");
    }

    @Override
    public AwsResponse renderError(AwsServiceError error, String requestId) {
        return AwsResponse.json(error.status(), SsmJson.error(error.code(), error.getMessage()));
    }




    @Override
    public AwsServiceError fault(Fault fault) {
        return switch (fault) {
            case THROTTLE -> AwsServiceError.client("ThrottlingException", "Rate exceeded");
            case UNAVAILABLE -> new AwsServiceError(503, "ServiceUnavailable", "Service is unavailable.");
            case INTERNAL_ERROR, INTERNAL_ERROR_AFTER_APPLY ->
                    new AwsServiceError(500, "InternalServerError", "An internal error has occurred.");
        };
    }
}
