package io.peerbot.adapter.slack.chat;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.methods.request.files.FilesGetUploadURLExternalRequest;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import io.peerbot.application.port.SharedFile;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Shares a file the way Slack documents it: {@code files.getUploadURLExternal} (filename, length) gives a file
 * ID and an upload URL; the bytes are POSTed there (HTTP 200 means received); {@code files.completeUploadExternal}
 * (files=[{id,title}], channel_id, thread_ts) shares the file. Slack discards an upload never completed, so a
 * failure at any step leaves nothing behind. Failures are {@link SlackCallFailed}.
 *
 * <p>The bytes go with the SDK's own HTTP client (as its {@code filesUploadV2} does), so they take the same
 * proxy and timeouts as every other call, and closing the SDK leaves no thread of ours behind.
 */
final class FileUpload {
    static final String GET_URL = "files.getUploadURLExternal";
    static final String UPLOAD = "upload_url";
    static final String COMPLETE = "files.completeUploadExternal";
    private static final MediaType BYTES = MediaType.get("application/octet-stream");

    private final MethodsClient methods;
    private final SlackCalls calls;

    FileUpload(MethodsClient methods, SlackCalls calls) {
        this.methods = methods;
        this.calls = calls;
    }

    void share(SharedFile file) {
        FilesGetUploadURLExternalResponse ticket = calls.write(GET_URL, () -> methods.filesGetUploadURLExternal(
                FilesGetUploadURLExternalRequest.builder().filename(file.filename()).length(file.size()).build()));
        post(ticket.getUploadUrl(), file.content());
        calls.write(COMPLETE, () -> methods.filesCompleteUploadExternal(FilesCompleteUploadExternalRequest.builder()
                .files(List.of(FilesCompleteUploadExternalRequest.FileDetails.builder()
                        .id(ticket.getFileId()).title(file.title()).build()))
                .channelId(file.channel())
                .threadTs(file.thread().map(t -> t.ts()).orElse(null))
                .build()));
    }

    /**
     * Uploads a file without sharing it anywhere (no {@code channel_id}): a file of the bot's own, to show where
     * Slack takes a file by id (an image block's {@code slack_file}). Returns the file id.
     */
    String keepPrivately(String filename, String title, byte[] content) {
        FilesGetUploadURLExternalResponse ticket = calls.write(GET_URL, () -> methods.filesGetUploadURLExternal(
                FilesGetUploadURLExternalRequest.builder().filename(filename).length(content.length).build()));
        post(ticket.getUploadUrl(), content);
        calls.write(COMPLETE, () -> methods.filesCompleteUploadExternal(FilesCompleteUploadExternalRequest.builder()
                .files(List.of(FilesCompleteUploadExternalRequest.FileDetails.builder()
                        .id(ticket.getFileId()).title(title).build()))
                .build()));
        return ticket.getFileId();
    }

    /** The upload URL carries its own authorisation; the bot token is not sent there. */
    private void post(String uploadUrl, byte[] content) {
        if (uploadUrl == null || uploadUrl.isBlank()) {
            throw new SlackCallFailed(UPLOAD, "no_upload_url", List.of(), null);
        }
        OkHttpClient http = methods.getSlackHttpClient().getOkHttpClient();
        Request request = new Request.Builder().url(uploadUrl).post(RequestBody.create(content, BYTES)).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 200) {
                ResponseBody body = response.body();
                throw new SlackCallFailed(UPLOAD, "http_" + response.code(),
                        List.of(body == null ? "" : body.string()), null);
            }
        } catch (IOException e) {
            throw new SlackCallFailed(UPLOAD, "io_error", List.of(String.valueOf(e.getMessage())), e);
        }
    }
}
