package io.peerbot.standin.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Slack's external file upload, through Slack's own Java client as an app makes it. */
class FileUploadTest {
    private static final byte[] HCL = "resource \"aws_route\" \"a\" {}\n".getBytes(StandardCharsets.UTF_8);
    private final HttpClient http = HttpClient.newHttpClient();
    private SlackStandIn standIn;
    private Slack slack;
    private MethodsClient bot;

    @BeforeEach
    void start() {
        standIn = SlackStandIn.builder()
                .user("U0ALICE", "alice", "Alice Doe", "alice@example.com")
                .channel("C0NET", "network")
                .channel("C0ELSE", "elsewhere")
                .start();
        slack = Slack.getInstance(config(standIn));
        bot = slack.methods(standIn.botToken());
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        standIn.close();
    }

    @Test
    void aFileUploadedAndCompletedIsSharedInTheThreadWithItsTitle() throws Exception {
        String thread = bot.chatPostMessage(r -> r.channel("C0NET").text("request")).getTs();

        FilesGetUploadURLExternalResponse ticket = bot.filesGetUploadURLExternal(r -> r
                .filename("peering-pcx-1.tf").length(HCL.length));
        assertThat(ticket.isOk()).isTrue();
        assertThat(ticket.getFileId()).matches("F[A-Z0-9]{10}");
        assertThat(upload(ticket.getUploadUrl(), HCL).statusCode()).isEqualTo(200);
        FilesCompleteUploadExternalResponse done = bot.filesCompleteUploadExternal(r -> r
                .files(List.of(FileDetails.builder().id(ticket.getFileId()).title("Terraform for pcx-1").build()))
                .channelId("C0NET").threadTs(thread));

        assertThat(done.isOk()).isTrue();
        assertThat(done.getFiles()).singleElement().satisfies(f -> {
            assertThat(f.getId()).isEqualTo(ticket.getFileId());
            assertThat(f.getName()).isEqualTo("peering-pcx-1.tf");
            assertThat(f.getTitle()).isEqualTo("Terraform for pcx-1");
            assertThat(f.getSize()).isEqualTo(HCL.length);
        });
        SharedSlackFile shared = standIn.awaitFile(f -> f.id().equals(ticket.getFileId()), Duration.ofSeconds(5));
        assertThat(shared.inThread("C0NET", thread)).isTrue();
        assertThat(shared.content()).isEqualTo(HCL);
        assertThat(standIn.files("C0NET", thread)).containsExactly(shared);
        HttpResponse<String> download = http.send(HttpRequest.newBuilder(URI.create(standIn.fileUrl(shared))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(download.body()).isEqualTo(new String(HCL, StandardCharsets.UTF_8));
    }

    @Test
    void theSdksOwnUploadHelperWorksAgainstTheStandIn() throws Exception {
        var answer = bot.filesUploadV2(FilesUploadV2Request.builder().channel("C0NET").filename("map.txt")
                .title("Map").fileData(HCL).build());

        assertThat(answer.isOk()).as(String.valueOf(answer.getError())).isTrue();
        assertThat(standIn.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("map.txt");
            assertThat(f.channel()).isEqualTo("C0NET");
        });
    }

    @Test
    void bytesOfAnotherLengthThanDeclaredAreRefusedAndTheFileCannotBeShared() throws Exception {
        FilesGetUploadURLExternalResponse ticket = bot.filesGetUploadURLExternal(r -> r
                .filename("a.tf").length(HCL.length + 5));

        HttpResponse<String> upload = upload(ticket.getUploadUrl(), HCL);
        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(upload.body()).contains("expected " + (HCL.length + 5) + " bytes");
        FilesCompleteUploadExternalResponse done = bot.filesCompleteUploadExternal(r -> r
                .files(List.of(FileDetails.builder().id(ticket.getFileId()).build())).channelId("C0NET"));
        assertThat(done.getError()).isEqualTo("file_not_found");
        assertThat(standIn.files()).isEmpty();
    }

    @Test
    void anUnknownFileIdIsNotFoundAndAFileIsSharedOnlyOnce() throws Exception {
        assertThat(bot.filesCompleteUploadExternal(r -> r
                .files(List.of(FileDetails.builder().id("F0NOSUCHFILE").build())).channelId("C0NET")).getError())
                .isEqualTo("file_not_found");

        FilesGetUploadURLExternalResponse ticket = bot.filesGetUploadURLExternal(r -> r.filename("a.tf")
                .length(HCL.length));
        upload(ticket.getUploadUrl(), HCL);
        var files = List.of(FileDetails.builder().id(ticket.getFileId()).build());
        assertThat(bot.filesCompleteUploadExternal(r -> r.files(files).channelId("C0NET")).isOk()).isTrue();
        assertThat(bot.filesCompleteUploadExternal(r -> r.files(files).channelId("C0NET")).getError())
                .isEqualTo("file_not_found");
        assertThat(upload(ticket.getUploadUrl(), HCL).statusCode()).isEqualTo(404);
        assertThat(standIn.files()).hasSize(1);
    }

    @Test
    void aChannelTheBotIsNotInIsRefusedAndNothingIsShared() throws Exception {
        standIn.workspace().leave("C0ELSE", "U0PEERBOT");
        FilesGetUploadURLExternalResponse ticket = bot.filesGetUploadURLExternal(r -> r.filename("a.tf")
                .length(HCL.length));
        upload(ticket.getUploadUrl(), HCL);

        assertThat(bot.filesCompleteUploadExternal(r -> r.files(List.of(FileDetails.builder()
                .id(ticket.getFileId()).build())).channelId("C0ELSE")).getError()).isEqualTo("not_in_channel");
        assertThat(bot.filesCompleteUploadExternal(r -> r.files(List.of(FileDetails.builder()
                .id(ticket.getFileId()).build())).channelId("C0NOPE")).getError()).isEqualTo("channel_not_found");
        assertThat(standIn.files()).isEmpty();
        assertThat(bot.filesCompleteUploadExternal(r -> r.files(List.of(FileDetails.builder()
                .id(ticket.getFileId()).build())).channelId("C0NET")).isOk()).as("still shareable").isTrue();
    }

    @Test
    void missingArgumentsAndAMissingScopeAreSlacksErrors() throws Exception {
        assertThat(bot.filesGetUploadURLExternal(r -> r.filename("a.tf")).getError()).isEqualTo("invalid_arguments");
        assertThat(bot.filesGetUploadURLExternal(r -> r.length(3)).getError()).isEqualTo("invalid_arguments");
        assertThat(bot.filesCompleteUploadExternal(r -> r.channelId("C0NET")).getError())
                .isEqualTo("invalid_arguments");

        try (SlackStandIn narrow = SlackStandIn.builder().botScopes("commands", "chat:write").start();
             Slack narrowSlack = Slack.getInstance(config(narrow))) {
            var answer = narrowSlack.methods(narrow.botToken()).filesGetUploadURLExternal(r -> r
                    .filename("a.tf").length(3));
            assertThat(answer.getError()).isEqualTo("missing_scope");
            assertThat(answer.getNeeded()).isEqualTo("files:write");
        }
    }

    private HttpResponse<String> upload(String url, byte[] bytes) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SlackConfig config(SlackStandIn standIn) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(standIn.apiUrl());
        config.setStatsEnabled(false);
        return config;
    }
}
