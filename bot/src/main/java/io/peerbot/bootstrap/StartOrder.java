package io.peerbot.bootstrap;

import io.peerbot.adapter.owners.YamlOwnersFile;
import io.peerbot.adapter.policy.PolicyFileException;
import io.peerbot.adapter.policy.YamlPolicyFile;
import io.peerbot.adapter.slack.SlackConnection;
import io.peerbot.adapter.slack.SlackTransport;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.config.ConfigurationException;
import io.peerbot.domain.network.AllowedAccounts;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.policy.Guardrails;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a start reads and asks before the bot can work, begun at once on threads of their own so that the Slack
 * connection opens as early as it can: the owners file, the policy file (its CEL conditions compiled) and the bot's
 * own account, asked of STS. The files are read before the connection opens, as a file with an error stops the
 * start; the account is waited for only when the configuration cannot be checked without it.
 */
final class StartOrder {
    private static final Logger log = LoggerFactory.getLogger(StartOrder.class);

    private final BotSettings settings;
    private final Ahead<OwnersFile> owners;
    private final Ahead<Guardrails> guardrails;
    private final Ahead<Location> home;

    private StartOrder(BotSettings settings, Ahead<OwnersFile> owners, Ahead<Guardrails> guardrails,
                       Ahead<Location> home) {
        this.settings = settings;
        this.owners = owners;
        this.guardrails = guardrails;
        this.home = home;
    }

    static StartOrder begin(BotSettings settings, Ec2Gateways gateways) {
        Ahead<Location> home = Ahead.begin("sts", gateways::home);
        Ahead<OwnersFile> owners = Ahead.begin("owners", () -> settings.ownersFile().<OwnersFile>map(YamlOwnersFile::load)
                .orElseGet(YamlOwnersFile::none));
        Ahead<Guardrails> guardrails = Ahead.begin("policy", () -> settings.policyFile().map(StartOrder::policy)
                .orElseGet(Guardrails::none));
        return new StartOrder(settings, owners, guardrails, home);
    }

    OwnersFile owners() throws Exception {
        return owners.get();
    }

    Guardrails guardrails() throws Exception {
        return guardrails.get();
    }

    /** The bot's own account and region, once STS answered; what asking it threw, if it failed. */
    Location home() throws Exception {
        return home.get();
    }

    /**
     * Stops the start when {@code PEERBOT_WATCH} names an account outside {@code PEERBOT_ACCOUNTS}. Only a watched
     * account the list does not name can be refused, and only if it is not the bot's own: STS is waited for then.
     * With {@code PEERBOT_ACCOUNTS=organization}, the organisation's accounts are read first, with {@code read}:
     * the bot does not start without them.
     *
     * @param read the accounts the bot may act in, the organisation's read from AWS
     * @throws ConfigurationException naming the watched locations the bot may not act in, or why the organisation's
     *                                accounts cannot be read
     */
    void refuseWatchedOutsideAllowed(Supplier<AllowedAccounts> read) throws Exception {
        AllowedAccounts allowed = settings.aws().allowedAccounts();
        if (allowed.organization()) {
            home();
            try {
                allowed = read.get();
            } catch (CloudException e) {
                throw new ConfigurationException(List.of(e.getMessage()));
            }
            log.info("PEERBOT_ACCOUNTS=organization: {} active account(s) in the AWS Organization",
                    allowed.listed().size());
        }
        List<Location> watched = settings.policies().watchedLocations();
        AllowedAccounts known = allowed;
        boolean unlisted = allowed.restricted() && watched.stream().anyMatch(l -> !known.listed().contains(l.account()));
        if (!unlisted) {
            return;
        }
        List<Location> refused = allowed.refused(watched, home().account());
        if (!refused.isEmpty()) {
            throw ConfigurationException.watchedOutsideAllowed(refused);
        }
    }

    /**
     * Routes Slack to {@code early} and opens the connection (or starts serving HTTP) on a thread of its own, while
     * the caller assembles the use cases; Slack's first commands wait for them.
     */
    Ahead<SlackConnection> connect(SlackConnection slack, UseCasesOnceAssembled early, SlackTransport transport) {
        slack.routeTo(early).showHomeWith(early);
        return Ahead.begin("connect", () -> {
            slack.start(transport);
            return slack;
        });
    }

    /** A policy file with any error stops the start: running without the guardrails meant would be worse. */
    private static Guardrails policy(Path file) {
        try {
            Guardrails guardrails = YamlPolicyFile.load(file);
            log.info("policy {}: {} rule(s)", file, guardrails.rules().size());
            return guardrails;
        } catch (PolicyFileException e) {
            throw ConfigurationException.badPolicyFile(e.source(), e.errors().stream().map(Object::toString).toList());
        }
    }
}
