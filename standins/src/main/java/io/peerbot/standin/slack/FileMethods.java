package io.peerbot.standin.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slack's external file upload: {@code files.getUploadURLExternal} (filename, length) answers a file ID and an
 * upload URL; the app POSTs the bytes there (raw or as a multipart form), and the URL answers HTTP 200 only
 * when exactly {@code length} bytes arrived; {@code files.completeUploadExternal} (files=[{id,title}],
 * channel_id, thread_ts) shares them. Both methods need the {@code files:write} scope.
 */
final class FileMethods {
    static final String SCOPE = "files:write";
    /** The upload URL's path, under the server's root; Slack's is {@code https://files.slack.com/upload/v1/…}. */
    static final String UPLOAD_PATH = "upload/v1/";
    /** Where a shared file can be downloaded ({@code url_private}), under the server's root. */
    static final String DOWNLOAD_PATH = "files-pri/";
    /** Slack's default upload limit per file is 1 GB; the stand-in keeps files in memory. */
    private static final int MAX_LENGTH = 50 * 1024 * 1024;

    private final Workspace workspace;
    private final FileStore files;
    private final Supplier<String> baseUrl;

    FileMethods(Workspace workspace, FileStore files, Supplier<String> baseUrl) {
        this.workspace = workspace;
        this.files = files;
        this.baseUrl = baseUrl;
    }

    void registerWith(WebApi api) {
        api.botMethod("files.getUploadURLExternal", SCOPE, this::getUploadUrlExternal)
                .botMethod("files.completeUploadExternal", SCOPE, this::completeUploadExternal);
    }

    JsonObject getUploadUrlExternal(ApiRequest r) throws ApiError {
        String filename = r.arg("filename");
        String length = r.arg("length");
        if (filename == null || length == null) {
            throw new ApiError("invalid_arguments", List.of(filename == null
                    ? "missing required field: filename" : "missing required field: length"));
        }
        int bytes;
        try {
            bytes = Integer.parseInt(length.trim());
        } catch (NumberFormatException e) {
            throw new ApiError("invalid_arguments", List.of("length must be an integer, not " + length));
        }
        if (bytes < 1) {
            throw new ApiError("invalid_arguments", List.of("length must be at least 1"));
        }
        if (bytes > MAX_LENGTH) {
            throw new ApiError("file_upload_size_restricted");
        }
        FileStore.Asked asked = files.ask(filename, bytes);
        JsonObject answer = new JsonObject();
        answer.addProperty("upload_url", baseUrl.get() + UPLOAD_PATH + asked.ticket());
        answer.addProperty("file_id", asked.fileId());
        return answer;
    }

    JsonObject completeUploadExternal(ApiRequest r) throws ApiError {
        Map<String, String> titles = fileTitles(r.arg("files"));
        String channelId = r.arg("channel_id");
        String channels = r.arg("channels");
        if (channelId == null && channels != null) {
            channelId = channels.split(",")[0].trim();
        }
        String threadTs = r.arg("thread_ts");
        if (threadTs != null && !TsClock.isWellFormed(threadTs)) {
            throw new ApiError("invalid_thread_ts", List.of(threadTs + " is not a valid thread_ts"));
        }
        SlackChannel channel = channelId == null ? null : postableChannel(channelId);
        files.checkReady(List.copyOf(titles.keySet()));
        JsonArray out = new JsonArray();
        for (SharedSlackFile file : files.share(titles, channel == null ? null : channel.id(),
                channel == null ? null : threadTs)) {
            out.add(json(file));
        }
        JsonObject answer = new JsonObject();
        answer.add("files", out);
        return answer;
    }

    /** The upload URL: the bytes, raw or as the first file of a multipart form. */
    void receive(Context ctx) {
        byte[] content;
        try {
            content = body(ctx);
        } catch (IOException e) {
            ctx.status(400).result("unreadable upload: " + e.getMessage());
            return;
        }
        Optional<FileStore.Refusal> refusal = files.receive(ctx.pathParam("ticket"), content);
        if (refusal.isPresent()) {
            ctx.status(refusal.get().status()).contentType("text/plain").result(refusal.get().reason());
            return;
        }
        ctx.status(200).contentType("text/plain").result("OK - " + content.length);
    }

    /**
     * A shared file's {@code url_private}: the bytes. Slack's asks for a token; the stand-in listens on loopback
     * only and serves them to anyone there, so the sandbox page can link to them.
     */
    void download(Context ctx) {
        Optional<SharedSlackFile> file = files.sharedFile(ctx.pathParam("id"));
        if (file.isEmpty() || !file.get().name().equals(ctx.pathParam("name"))) {
            ctx.status(404).result("not found");
            return;
        }
        ctx.contentType(mimetype(file.get().name())).header("Content-Disposition",
                "inline; filename=\"" + file.get().name().replace("\"", "") + "\"").result(file.get().content());
    }

    private static byte[] body(Context ctx) throws IOException {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            List<UploadedFile> parts = ctx.uploadedFiles();
            if (parts.isEmpty()) {
                throw new IOException("a multipart upload without a file part");
            }
            try (InputStream in = parts.get(0).content()) {
                return in.readAllBytes();
            }
        }
        return ctx.bodyAsBytes();
    }

    private static Map<String, String> fileTitles(String filesArgument) throws ApiError {
        if (filesArgument == null) {
            throw new ApiError("invalid_arguments", List.of("missing required field: files"));
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(filesArgument);
        } catch (JsonParseException e) {
            throw new ApiError("invalid_arguments", List.of("files must be a JSON array of {id, title}"));
        }
        if (!parsed.isJsonArray() || parsed.getAsJsonArray().isEmpty()) {
            throw new ApiError("invalid_arguments", List.of("files must be a non-empty JSON array of {id, title}"));
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (JsonElement element : parsed.getAsJsonArray()) {
            if (!element.isJsonObject() || SlackJson.string(element.getAsJsonObject(), "id") == null) {
                throw new ApiError("invalid_arguments", List.of("each entry of files needs an id"));
            }
            JsonObject file = element.getAsJsonObject();
            titles.put(SlackJson.string(file, "id"), SlackJson.string(file, "title"));
        }
        return titles;
    }

    private SlackChannel postableChannel(String channelId) throws ApiError {
        SlackChannel channel = workspace.channel(channelId).orElseThrow(() -> new ApiError("channel_not_found"));
        if (channel.isPrivate() && !channel.isMember(workspace.botUser().id())) {
            throw new ApiError("channel_not_found");
        }
        if (!channel.isMember(workspace.botUser().id())) {
            throw new ApiError("not_in_channel");
        }
        return channel;
    }

    private JsonObject json(SharedSlackFile file) {
        long created = file.at().getEpochSecond();
        String url = baseUrl.get() + DOWNLOAD_PATH + file.id() + "/" + file.name();
        JsonObject o = new JsonObject();
        o.addProperty("id", file.id());
        o.addProperty("created", created);
        o.addProperty("timestamp", created);
        o.addProperty("name", file.name());
        o.addProperty("title", file.title());
        o.addProperty("mimetype", mimetype(file.name()));
        o.addProperty("filetype", filetype(file.name()));
        o.addProperty("user", workspace.botUser().id());
        o.addProperty("user_team", workspace.teamId());
        o.addProperty("editable", false);
        o.addProperty("size", file.size());
        o.addProperty("mode", "hosted");
        o.addProperty("is_external", false);
        o.addProperty("is_public", file.channel() != null
                && workspace.channel(file.channel()).map(c -> !c.isPrivate()).orElse(false));
        o.addProperty("url_private", url);
        o.addProperty("url_private_download", url + "?download=1");
        o.addProperty("permalink", baseUrl.get() + "files/" + workspace.botUser().id() + "/" + file.id() + "/"
                + file.name());
        JsonArray channels = new JsonArray();
        if (file.channel() != null) {
            channels.add(file.channel());
        }
        o.add("channels", channels);
        o.add("groups", new JsonArray());
        o.add("ims", new JsonArray());
        o.addProperty("comments_count", 0);
        return o;
    }

    private static String filetype(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "binary" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String mimetype(String name) {
        return switch (filetype(name)) {
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            case "txt", "tf", "hcl" -> "text/plain";
            case "json" -> "application/json";
            default -> "application/octet-stream";
        };
    }
}
