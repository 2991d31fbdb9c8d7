package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.slack.Button;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackStandIn;
import io.peerbot.testing.SignedSlackRequests;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole bot in HTTP mode: Slack's slash command and button click arrive as signed HTTP requests at
 * {@code POST /slack/events}; the bot answers through the Slack stand-in's Web API and acts in the EC2 stand-in.
 */
class HttpModeTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @RegisterExtension
    final Harness h = Harness.forEachTest().overHttp(SECRET);

    private Ec2StandIn ec2;
    private SlackStandIn slack;
    private SignedSlackRequests slackSide;

    @BeforeEach
    void connect() {
        ec2 = h.ec2;
        slack = h.slack;
        slackSide = new SignedSlackRequests(URI.create("http://127.0.0.1:" + h.httpPort() + "/slack/events"), SECRET);
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
        assertThat(ec2.calls().mutating()).extracting(c -> c.action())
                .as("the creation, and its record sealed in the requester's account (both VPCs are there)")
                .containsExactly("CreateVpcPeeringConnection", "CreateTags");
    }
}
