package io.peerbot.bootstrap;

import io.peerbot.adapter.aws.AwsEc2Gateways;
import io.peerbot.adapter.aws.organizations.OrganizationAccounts;
import io.peerbot.adapter.aws.quotas.ServiceQuotaSource;
import io.peerbot.adapter.aws.SsmClients;
import io.peerbot.adapter.aws.SsmRemoteCommands;
import io.peerbot.adapter.aws.record.TaggedPeerings;
import io.peerbot.adapter.picture.MapPainterOnFirstUse;
import io.peerbot.adapter.slack.SlackConnection;
import io.peerbot.adapter.terraform.TerraformExporter;
import io.peerbot.application.engine.EngineSettings;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.drift.ReadPace;
import io.peerbot.application.lease.LeaseGuardedGateways;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.LocalLeases;
import io.peerbot.application.port.Scheduler;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.application.usecase.UseCases;
import io.peerbot.config.ConfigurationException;
import io.peerbot.config.LeaseTimings;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.policy.Guardrails;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.Leases;
import java.time.Clock;
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
    private final LeaseStore locks;

    private BotProcess(AwsEc2Gateways gateways, SsmClients ssm, ServiceQuotaSource quotas, ExecutorService probes,
                       SlackConnection slack,
                       AutoCloseable background, LeaseStore locks) {
        this.locks = locks;
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
        BackgroundThreads background = BackgroundThreads.start();
        try {
            return start(settings, background.watches(), background.leases(), background);
        } catch (Exception | Error e) {
            background.close();
            throw e;
        }
    }

    /**
     * As {@link #start(BotSettings)}, all the background work, lease renewals included, run by {@code scheduler}
     * (a test's moves time itself); {@code background} is closed with the bot.
     */
    public static BotProcess start(BotSettings settings, Scheduler scheduler, AutoCloseable background)
            throws Exception {
        return start(settings, scheduler, scheduler, background);
    }

    /** As {@link #start(BotSettings)}, the watches run by {@code watches} and lease renewals by {@code renewals}. */
    private static BotProcess start(BotSettings settings, Scheduler watches, Scheduler renewals,
                                    AutoCloseable background) throws Exception {
        AwsEc2Gateways gateways = new AwsEc2Gateways(settings.aws());
        StartOrder order = StartOrder.begin(settings, gateways);
        SsmClients ssm = new SsmClients(gateways);
        ServiceQuotaSource quotas = ServiceQuotaSource.of(gateways, settings.quotas());
        ExecutorService probes = Executors.newFixedThreadPool(2, daemonThreads("peerbot-probe"));
        SlackConnection slack = new SlackConnection(settings.slack());
        LeaseStore locks = LeaseStore.open(settings);
        UseCasesOnceAssembled early = new UseCasesOnceAssembled();
        try {
            OwnersFile ownersFile = order.owners();
            Guardrails guardrails = order.guardrails();
            order.refuseWatchedOutsideAllowed(gateways::allowedAccounts);
            Ahead<SlackConnection> connected = order.connect(slack, early, settings.transport());
            LeaseKeeper leases = leases(settings, locks);
            // with other replicas, a write for a change whose apply lease this one lost is not made
            Ec2Gateways ec2 = leases.shared() ? new LeaseGuardedGateways(gateways, leases) : gateways;
            PeeringEngine engine = new PeeringEngine(ec2,
                    EngineSettings.defaults().withSearchedLocations(settings.policies().watchedLocations())
                            .withQuotas(settings.quotas()), quotas);
            SsmRemoteCommands remote = new SsmRemoteCommands(ssm, settings.ssm(), settings.policies().clock());
            UseCases useCases = UseCases.assemble(ec2, new TaggedPeerings(ec2, settings.sealKeys(), locks.ledger()), engine, slack.chat(),
                    ownersFile, slack.owners(),
                    remote, probes, settings.policies(), new MapPainterOnFirstUse(), guardrails,
                    List.of(new TerraformExporter()),
                    ReadPace.sleeping(UseCases.DRIFT_READS_PER_SECOND, UseCases.DRIFT_READ_BURST), leases,
                    locks.requestsJustMade());
            early.assembled(useCases);
            connected.get();
            log.info("peerbot acts for account {} in {}; other accounts: {}", gateways.home().account(),
                    gateways.home().region(), !settings.aws().allowedAccounts().restricted()
                            ? "any its role reaches (PEERBOT_ACCOUNTS unset)"
                            : settings.aws().allowedAccounts().organization()
                            ? "the AWS Organization's active accounts, read every "
                                    + OrganizationAccounts.REFRESH.toMinutes() + " minutes"
                            : settings.aws().allowedAccounts().sorted());
            Thread resumer = new Thread(() -> resume(useCases), "peerbot-resume");
            resumer.setDaemon(true);
            resumer.start();
            log.info("peering requests peerbot did not make: looked for every {}, reported {}",
                    settings.policies().watchInterval(), settings.policies().alertChannel()
                            .map(channel -> "in " + channel).orElse("in the log (PEERBOT_ALERT_CHANNEL unset)"));
            useCases.replicas().startOn(watches, renewals);
            useCases.foreignRequests().startOn(useCases.replicas().foreignRequestWatch(watches),
                    settings.policies().watchInterval());
            log.info("drift watch: every applied peering compared with its approved plan every {}",
                    settings.policies().watchInterval());
            useCases.drift().startOn(useCases.replicas().driftWatch(watches), settings.policies().watchInterval());
            useCases.expiry().startOn(useCases.replicas().expiryWatch(watches));
            settings.lockTable().ifPresent(table -> log.info("each peering's highest record sequence is kept in the "
                    + "lock table {}", table));
            return new BotProcess(gateways, ssm, quotas, probes, slack, background, locks);
        } catch (Exception | Error e) {
            locks.close();
            early.failed(e);
            slack.close();
            probes.shutdownNow();
            ssm.close();
            quotas.close();
            gateways.close();
            throw e;
        }
    }

    /**
     * How this replica agrees with the others: through the lock table when {@code PEERBOT_LOCK_TABLE} names one,
     * else (one replica alone) in memory.
     */
    static LeaseKeeper leases(BotSettings settings, LeaseStore store) {
        Clock clock = settings.policies().clock();
        String replica = LeaseStore.replicaId();
        Leases leases = store.leases(replica, clock).orElseGet(() -> new LocalLeases(clock));
        if (leases.shared()) {
            log.info("replica {}: shares its leases with the other replicas in lock table {}; {}", replica,
                    settings.lockTable().orElseThrow(), LeaseTimings.describe(settings.leases()));
        }
        return new LeaseKeeper(leases, settings.leases(), clock);
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
        locks.close();
        gateways.close();
    }
}
