package io.peerbot.bootstrap;

import io.peerbot.adapter.aws.AwsEc2Gateways;
import io.peerbot.adapter.aws.quotas.ServiceQuotaSource;
import io.peerbot.adapter.aws.SsmClients;
import io.peerbot.adapter.aws.SsmRemoteCommands;
import io.peerbot.adapter.aws.record.TaggedPeerings;
import io.peerbot.adapter.owners.YamlOwnersFile;
import io.peerbot.adapter.picture.Java2dMapPainter;
import io.peerbot.adapter.policy.PolicyFileException;
import io.peerbot.adapter.policy.YamlPolicyFile;
import io.peerbot.adapter.slack.SlackConnection;
import io.peerbot.adapter.terraform.TerraformExporter;
import io.peerbot.application.engine.EngineSettings;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.Scheduler;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.application.usecase.UseCases;
import io.peerbot.config.ConfigurationException;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.policy.Guardrails;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot in one process: the AWS adapters, the use cases and one Slack app, in Socket Mode or served over
 * HTTP ({@link BotSettings#transport()}). Closing it
 * stops Slack first (no new work), then the AWS clients.
 */
public final class BotProcess implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BotProcess.class);

    private final AwsEc2Gateways gateways;
    private final SsmClients ssm;
    private final ServiceQuotaSource quotas;
    private final ExecutorService probes;
    private final SlackConnection slack;
    private final AutoCloseable background;

    private BotProcess(AwsEc2Gateways gateways, SsmClients ssm, ServiceQuotaSource quotas, ExecutorService probes,
                       SlackConnection slack,
                       AutoCloseable background) {
        this.gateways = gateways;
        this.ssm = ssm;
        this.quotas = quotas;
        this.probes = probes;
        this.slack = slack;
        this.background = background;
    }

    /**
     * Connects to AWS and Slack, starts answering, finishes what a previous run left unfinished, and looks for
     * peering requests it did not make now and every {@code PEERBOT_WATCH_INTERVAL}, on a thread of its own.
     *
     * @throws ConfigurationException when {@code PEERBOT_WATCH} names an account the bot may not act in
     */
    public static BotProcess start(BotSettings settings) throws Exception {
        BackgroundScheduler scheduler = new BackgroundScheduler();
        try {
            return start(settings, scheduler, scheduler);
        } catch (Exception | Error e) {
            scheduler.close();
            throw e;
        }
    }

    /**
     * As {@link #start(BotSettings)}, the background work run by {@code scheduler} (a test's moves time itself);
     * {@code background} is closed with the bot.
     */
    public static BotProcess start(BotSettings settings, Scheduler scheduler, AutoCloseable background)
            throws Exception {
        OwnersFile ownersFile = settings.ownersFile().map(YamlOwnersFile::load).orElseGet(YamlOwnersFile::none);
        Guardrails guardrails = settings.policyFile().map(BotProcess::policy).orElseGet(Guardrails::none);
        AwsEc2Gateways gateways = new AwsEc2Gateways(settings.aws());
        SsmClients ssm = new SsmClients(gateways);
        ServiceQuotaSource quotas = ServiceQuotaSource.of(gateways, settings.quotas());
        ExecutorService probes = Executors.newFixedThreadPool(2, daemonThreads("peerbot-probe"));
        SlackConnection slack = new SlackConnection(settings.slack());
        try {
            refuseWatchedOutsideAllowed(settings, gateways.home());
            PeeringEngine engine = new PeeringEngine(gateways,
                    EngineSettings.defaults().withSearchedLocations(settings.policies().watchedLocations())
                            .withQuotas(settings.quotas()), quotas);
            SsmRemoteCommands remote = new SsmRemoteCommands(ssm, settings.ssm(), settings.policies().clock());
            UseCases useCases = UseCases.assemble(gateways, new TaggedPeerings(gateways, settings.sealKeys()), engine, slack.chat(),
                    ownersFile, slack.owners(),
                    remote, probes, settings.policies(), new Java2dMapPainter(), guardrails,
                    List.of(new TerraformExporter()));
            log.info("peerbot acts for account {} in {}; other accounts: {}", gateways.home().account(),
                    gateways.home().region(), settings.aws().allowedAccounts().restricted()
                            ? settings.aws().allowedAccounts().sorted() : "any its role reaches (PEERBOT_ACCOUNTS unset)");
            slack.routeTo(useCases.commands()).showHomeWith(useCases.home()).start(settings.transport());
            Thread resumer = new Thread(() -> resume(useCases), "peerbot-resume");
            resumer.setDaemon(true);
            resumer.start();
            log.info("peering requests peerbot did not make: looked for every {}, reported {}",
                    settings.policies().watchInterval(), settings.policies().alertChannel()
                            .map(channel -> "in " + channel).orElse("in the log (PEERBOT_ALERT_CHANNEL unset)"));
            useCases.foreignRequests().startOn(scheduler, settings.policies().watchInterval());
            log.info("drift watch: every applied peering compared with its approved plan every {}",
                    settings.policies().watchInterval());
            useCases.drift().startOn(scheduler, settings.policies().watchInterval());
            useCases.expiry().startOn(scheduler);
            return new BotProcess(gateways, ssm, quotas, probes, slack, background);
        } catch (Exception | Error e) {
            slack.close();
            probes.shutdownNow();
            ssm.close();
            quotas.close();
            gateways.close();
            throw e;
        }
    }

    /** A policy file with any error stops the start: running without the guardrails meant would be worse. */
    private static Guardrails policy(java.nio.file.Path file) {
        try {
            Guardrails guardrails = YamlPolicyFile.load(file);
            log.info("policy {}: {} rule(s)", file, guardrails.rules().size());
            return guardrails;
        } catch (PolicyFileException e) {
            throw ConfigurationException.badPolicyFile(e.source(), e.errors().stream().map(Object::toString).toList());
        }
    }

    private static void refuseWatchedOutsideAllowed(BotSettings settings, Location home) {
        List<Location> refused = settings.aws().allowedAccounts()
                .refused(settings.policies().watchedLocations(), home.account());
        if (!refused.isEmpty()) {
            throw ConfigurationException.watchedOutsideAllowed(refused);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void resume(UseCases useCases) {
        try {
            List<PcxId> resumed = useCases.resume().resume();
            if (!resumed.isEmpty()) {
                log.info("finished {} request(s) left unfinished: {}", resumed.size(), resumed);
            }
        } catch (RuntimeException e) {
            log.error("could not look for unfinished requests", e);
        }
    }

    private void closeBackground() {
        try {
            background.close();
        } catch (Exception e) {
            log.warn("could not stop the background work", e);
        }
    }

    /** The port Slack's HTTP requests are served on, in HTTP mode. */
    public int httpPort() {
        return slack.httpPort();
    }

    /** Waits up to {@code grace} until what the bot queued for Slack's threads went out; true when it did. */
    public boolean awaitThreadsDelivered(Duration grace) {
        return slack.awaitThreadsDelivered(grace);
    }

    /**
     * Stops as a crash would, for tests that stop the bot at a given point: Slack is cut off first (nothing queued
     * goes out), then the AWS clients are closed, so work still running can write nothing more anywhere.
     */
    public void kill() {
        closeBackground();
        slack.cutOff();
        probes.shutdownNow();
        ssm.close();
        quotas.close();
        gateways.close();
        slack.close();
    }

    @Override
    public void close() {
        closeBackground();
        slack.close();
        probes.shutdownNow();
        ssm.close();
        quotas.close();
        gateways.close();
    }
}
