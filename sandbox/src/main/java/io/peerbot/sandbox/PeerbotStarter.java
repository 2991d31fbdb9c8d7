package io.peerbot.sandbox;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.Backoff;
import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.bootstrap.BotProcess;
import io.peerbot.bootstrap.BotSettings;
import io.peerbot.config.PeerbotSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The real bot ({@link BotProcess}) for the sandbox: configured from the wiring's environment through the same
 * {@link PeerbotSettings} as in production, with the stand-ins' region, endpoint and static key instead of the
 * SDK's chains, and shorter waits, since the local EC2 and SSM answer at once.
 */
public final class PeerbotStarter implements BotStarter {
    private static final Backoff LOCAL_POLL = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));
    /** One random seal key for the sandbox's whole run (its records live in its stand-ins, and die with them). */
    private static final String SEAL_KEYS = SealKeys.randomValue("sandbox");

    @Override
    public BotProcess start(BotWiring wiring) throws Exception {
        return BotProcess.start(settings(wiring));
    }

    static BotSettings settings(BotWiring wiring) {
        AwsSettings reach = AwsSettings.sdkDefaults().withRegion(wiring.region())
                .withEndpoint(wiring.awsEndpoint())
                .withCredentials(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(wiring.awsAccessKeyId(), wiring.awsSecretAccessKey())))
                .withPeeringPoll(LOCAL_POLL);
        Map<String, String> env = new LinkedHashMap<>(wiring.environment());
        env.putIfAbsent(SealKeys.VARIABLE, SEAL_KEYS);
        env.putIfAbsent("PEERBOT_POLICY_FILE", SandboxPolicy.file().toString());
        return BotSettings.of(PeerbotSettings.fromEnvironment(env), reach,
                new SsmPolling(LOCAL_POLL, Duration.ofSeconds(30)));
    }
}
