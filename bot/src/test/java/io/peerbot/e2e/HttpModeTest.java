package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.CHANNEL;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.Backoff;
import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.adapter.slack.SlackSettings;
import io.peerbot.adapter.slack.SlackTransport;
import io.peerbot.application.usecase.Policies;
import io.peerbot.bootstrap.BotSettings;
import io.peerbot.bootstrap.Peerbot;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.slack.Button;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackStandIn;
import io.peerbot.testing.SignedSlackRequests;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole bot in HTTP mode: Slack's slash command and button click arrive as signed HTTP requests at
 * {@code POST /slack/events}; the bot answers through the Slack stand-in's Web API and acts in the EC2 stand-in.
 */
class HttpModeTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    private Ec2StandIn ec2;
    private SlackStandIn slack;
    private Peerbot bot;
    private SignedSlackRequests slackSide;

    @BeforeEach
    void start() throws Exception {
        ec2 = new Ec2StandIn(7).start();
        Org.seed(ec2);
        slack = SlackStandIn.builder()
                .user(ALICE, "alice", "Alice Archer", "alice@example.com")
                .user(BOB, "bob", "Bob Baker", "bob@example.com")
                .channel(CHANNEL, "network")
                .start();
        AwsSettings aws = new AwsSettings(Optional.of(REGION_A), Optional.of(ec2.endpoint()), Optional.empty(),
                ec2.credentialsFor(ACCOUNT_A).provider(),
                new RetrySettings(12, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(200)),
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(100)));
        Policies policies = new Policies(Set.of(), Set.of(), List.of(), Duration.ofMinutes(5), Duration.ofSeconds(10),
                Clock.systemUTC());
        bot = Peerbot.start(new BotSettings(SlackSettings.forHttp(slack.botToken(), SECRET, slack.apiUrl()), aws,
                new SsmPolling(new Backoff(Duration.ofMillis(5), Duration.ofMillis(50)), Duration.ofSeconds(5)),
                policies, Optional.empty(), new SlackTransport.Http("127.0.0.1", 0)));
        bot.awaitResumed();
        slackSide = new SignedSlackRequests(URI.create("http://127.0.0.1:" + bot.httpPort() + "/slack/events"),
                SECRET);
    }

    @AfterEach
    void stop() {
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            slack.close();
            ec2.close();
        }
    }

    @Test
    void aRequestAndItsApprovalOverHttpPeerTheVpcs() {
        HttpResponse<String> typed = slackSide.post(SignedSlackRequests.slashCommand(ALICE, CHANNEL, "/peer",
                "app-vpc db-vpc --ports tcp:5432 --no-test"));
        assertThat(typed.statusCode()).isEqualTo(200);
        RecordedMessage card = slack.awaitMessage(m -> !m.isReply() && m.hasButton("peer_approve"), WAIT);

        Button approve = card.button("peer_approve").orElseThrow();
        HttpResponse<String> clicked = slackSide.post(SignedSlackRequests.buttonClick(BOB, CHANNEL, card.ts(),
                approve.blockId(), approve.actionId(), approve.value()));

        assertThat(clicked.statusCode()).isEqualTo(200);
        slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.allText().contains("is ready"), WAIT);
        assertThat(ec2.state().peerings())
                .singleElement().satisfies(p -> assertThat(p.status().code()).isEqualTo("active"));
    }

    @Test
    void aForgedClickChangesNothing() {
        slackSide.post(SignedSlackRequests.slashCommand(ALICE, CHANNEL, "/peer", "app-vpc db-vpc --no-test"));
        RecordedMessage card = slack.awaitMessage(m -> !m.isReply() && m.hasButton("peer_approve"), WAIT);
        Button approve = card.button("peer_approve").orElseThrow();
        String click = SignedSlackRequests.buttonClick(BOB, CHANNEL, card.ts(), approve.blockId(),
                approve.actionId(), approve.value());

        HttpResponse<String> forged = slackSide.post(click, Long.toString(System.currentTimeMillis() / 1000),
                SignedSlackRequests.signature("guessed-secret", "0", click));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(ec2.state().peerings())
                .singleElement().satisfies(p -> assertThat(p.status().code()).isEqualTo("pending-acceptance"));
        assertThat(ec2.calls().mutating()).extracting(c -> c.action()).containsExactly("CreateVpcPeeringConnection");
    }
}
