package io.peerbot.adapter.aws;

import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.CommandOutcome;
import io.peerbot.application.port.RemoteCommands;
import io.peerbot.domain.connectivity.ProbeScript;
import io.peerbot.domain.network.Location;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.CommandInvocationStatus;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.InstanceInformationStringFilter;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentException;
import software.amazon.awssdk.services.ssm.model.InvalidInstanceIdException;
import software.amazon.awssdk.services.ssm.model.InvocationDoesNotExistException;
import software.amazon.awssdk.services.ssm.model.PingStatus;
import software.amazon.awssdk.services.ssm.model.PlatformType;

/**
 * Runs the connectivity probe on instances with SSM Run Command: {@code SendCommand} of the bot's own document
 * {@code peerbot-probe} ({@code iam/peerbot-probe.json}) with its two typed parameters, never a shell script; then
 * {@code GetCommandInvocation} with backoff until the invocation ends — {@code InvocationDoesNotExist} right after
 * sending is normal and retried — or the timeout passes, when the command is cancelled and reported as timed out.
 * An instance SSM does not manage answers {@code InvalidInstanceId}: not managed.
 */
public final class SsmRemoteCommands implements RemoteCommands {
    private static final Logger LOG = LoggerFactory.getLogger(SsmRemoteCommands.class);
    /** The bot's SSM document; the IAM policy allows {@code ssm:SendCommand} with no other. */
    public static final String DOCUMENT = "peerbot-probe";
    private static final int MAX_COMMENT = 100;
    /** Values in one {@code InstanceIds} filter of DescribeInstanceInformation. */
    private static final int FILTER_VALUES = 50;

    private final Function<Location, SsmClient> clients;
    private final SsmPolling polling;
    private final Clock clock;

    /**
     * @param clients an SSM client per account and region, e.g. {@link SsmClients}
     */
    public SsmRemoteCommands(Function<Location, SsmClient> clients, SsmPolling polling, Clock clock) {
        this.clients = clients;
        this.polling = polling;
        this.clock = clock;
    }

    @Override
    public CommandOutcome run(Location location, String instanceId, ProbeScript probe, String comment) {
        SsmClient ssm = clients.apply(location);
        Instant start = clock.instant();
        String commandId;
        try {
            commandId = ssm.sendCommand(r -> r.documentName(DOCUMENT).instanceIds(instanceId)
                    .comment(comment.length() <= MAX_COMMENT ? comment : comment.substring(0, MAX_COMMENT))
                    .timeoutSeconds(polling.serviceTimeoutSeconds())
                    .parameters(parameters(probe)))
                    .command().commandId();
        } catch (InvalidInstanceIdException e) {
            return new CommandOutcome.NotManaged(e.awsErrorDetails().errorMessage());
        } catch (InvalidDocumentException e) {
            throw new CloudException("SendCommand", AwsErrors.code(e), "the SSM document " + DOCUMENT + " is not in "
                    + location + "; create it there: aws ssm create-document --name " + DOCUMENT
                    + " --document-type Command --content file://iam/peerbot-probe.json", e);
        } catch (SdkException e) {
            throw AwsErrors.translate("SendCommand", e);
        }
        return await(ssm, commandId, instanceId, start);
    }

    /**
     * The document's parameters: the address, and the ports separated by spaces. {@link ProbeScript} has checked
     * both, so neither can carry anything the document's {@code allowedPattern}s would refuse.
     */
    static Map<String, List<String>> parameters(ProbeScript probe) {
        return Map.of("targetIp", List.of(probe.targetIp()),
                "tcpPorts", List.of(probe.tcpPorts().stream().map(String::valueOf).collect(Collectors.joining(" "))));
    }

    private CommandOutcome await(SsmClient ssm, String commandId, String instanceId, Instant start) {
        Instant deadline = start.plus(polling.timeout());
        Duration delay = polling.poll().initial();
        while (true) {
            try {
                GetCommandInvocationResponse invocation =
                        ssm.getCommandInvocation(r -> r.commandId(commandId).instanceId(instanceId));
                CommandOutcome outcome = outcome(invocation, Duration.between(start, clock.instant()));
                if (outcome != null) {
                    return outcome;
                }
            } catch (InvocationDoesNotExistException e) {
                LOG.debug("invocation {} on {} not there yet", commandId, instanceId);
            } catch (SdkException e) {
                throw AwsErrors.translate("GetCommandInvocation", e);
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                cancel(ssm, commandId);
                return new CommandOutcome.TimedOut(polling.timeout());
            }
            pause(delay.compareTo(left) < 0 ? delay : left);
            delay = polling.poll().after(delay);
        }
    }

    /** The outcome once the invocation has ended; null while it runs. */
    private static CommandOutcome outcome(GetCommandInvocationResponse invocation, Duration elapsed) {
        CommandInvocationStatus status = invocation.status();
        if (status == null) {
            return null;
        }
        return switch (status) {
            case SUCCESS -> new CommandOutcome.Success(text(invocation.standardOutputContent()));
            case TIMED_OUT -> new CommandOutcome.TimedOut(elapsed);
            case FAILED, CANCELLED -> new CommandOutcome.Failed(invocation.statusAsString(),
                    invocation.responseCode() == null ? -1 : invocation.responseCode(),
                    text(invocation.standardOutputContent()), text(invocation.standardErrorContent()));
            default -> null;
        };
    }

    private static void cancel(SsmClient ssm, String commandId) {
        try {
            ssm.cancelCommand(r -> r.commandId(commandId));
        } catch (SdkException e) {
            LOG.warn("could not cancel command {} after its timeout: {}", commandId, e.getMessage());
        }
    }

    @Override
    public Set<String> managed(Location location, Collection<String> instanceIds) {
        SsmClient ssm = clients.apply(location);
        List<String> ids = List.copyOf(instanceIds);
        Set<String> online = new HashSet<>();
        for (int i = 0; i < ids.size(); i += FILTER_VALUES) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + FILTER_VALUES));
            try {
                ssm.describeInstanceInformationPaginator(r -> r.filters(
                                InstanceInformationStringFilter.builder().key("InstanceIds").values(chunk).build()))
                        .instanceInformationList().stream()
                        .filter(info -> info.pingStatus() == PingStatus.ONLINE)
                        // the probe document is a shell script: only Linux instances can run it
                        .filter(info -> info.platformType() == PlatformType.LINUX)
                        .map(InstanceInformation::instanceId)
                        .forEach(online::add);
            } catch (SdkException e) {
                throw AwsErrors.translate("DescribeInstanceInformation", e);
            }
        }
        return online;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(Math.max(1, delay.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a command", e);
        }
    }
}
