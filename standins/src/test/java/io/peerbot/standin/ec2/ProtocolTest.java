package io.peerbot.standin.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.seed.VpcSeed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Tag;

/** The wire format itself: error documents, unknown actions, escaping. */
class ProtocolTest {
    private static final String ACCOUNT = "111122223333";

    private Ec2StandIn standIn;
    private VpcSeed app;

    @BeforeEach
    void start() {
        standIn = new Ec2StandIn().start();
        app = standIn.seed().account(ACCOUNT).region("us-east-1").vpc("app-vpc", "10.0.0.0/16");
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void anUnsupportedActionIsInvalidActionInEc2sErrorDocument() throws Exception {
        HttpResponse<String> response = post("ec2", "Action=CreateVpc&Version=2016-11-15&CidrBlock=10.9.0.0%2F16");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Response><Errors><Error><Code>InvalidAction</Code>")
                .contains("<RequestID>");
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        HttpResponse<String> response = post("ec2", "Action=CreateRoute&Version=2016-11-15");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>MissingParameter</Code>").contains("RouteTableId");
    }

    @Test
    void stsAnswersInItsOwnNamespace() throws Exception {
        HttpResponse<String> response = post("sts", "Action=GetCallerIdentity&Version=2011-06-15");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
                .contains("<Account>" + ACCOUNT + "</Account>");
    }

    @Test
    void markupInTagValuesSurvivesTheRoundTrip() {
        String value = "<b>\"R&D\"</b> é ✓";
        try (Ec2Client ec2 = Clients.ec2(standIn, ACCOUNT, "us-east-1")) {
            ec2.createTags(r -> r.resources(app.id()).tags(Tag.builder().key("note").value(value).build()));

            assertThat(ec2.describeVpcs(r -> r.vpcIds(app.id())).vpcs().get(0).tags())
                    .contains(Tag.builder().key("note").value(value).build());
        }
    }

    private HttpResponse<String> post(String service, String body) throws IOException, InterruptedException {
        String accessKey = standIn.credentialsFor(ACCOUNT).accessKeyId();
        HttpRequest request = HttpRequest.newBuilder(URI.create(standIn.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKey + "/20260101/us-east-1/" + service
                        + "/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
