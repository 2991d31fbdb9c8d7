package io.peerbot.standin.slack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Uploads as Slack's external upload flow holds them: asked for (a file ID, a one-time upload ticket, the declared
 * length), received (the bytes, exactly that many), then shared once. Synchronized; each share is recorded in the
 * {@link EventLog} while the monitor is held.
 */
final class FileStore {
    /** Where an upload is: asked for, its bytes received, or shared (then it is done for good). */
    private static final class Upload {
        final String id;
        final String ticket;
        final String filename;
        final int declaredLength;
        byte[] content;
        SharedSlackFile shared;

        Upload(String id, String ticket, String filename, int declaredLength) {
            this.id = id;
            this.ticket = ticket;
            this.filename = filename;
            this.declaredLength = declaredLength;
        }
    }

    /** A new upload's file ID and the one-time ticket in its upload URL. */
    record Asked(String fileId, String ticket) {
    }

    /** Why the upload URL refused the bytes; Slack answers anything but HTTP 200 for a failed upload. */
    record Refusal(int status, String reason) {
    }

    private final EventLog log;
    private final Map<String, Upload> byId = new LinkedHashMap<>();
    private final Map<String, Upload> byTicket = new LinkedHashMap<>();
    private final List<SharedSlackFile> shared = new ArrayList<>();

    FileStore(EventLog log) {
        this.log = log;
    }

    synchronized Asked ask(String filename, int length) {
        String id = "F" + Ids.alnum(10).toUpperCase(Locale.ROOT);
        String ticket = Ids.alnum(48);
        Upload upload = new Upload(id, ticket, filename, length);
        byId.put(id, upload);
        byTicket.put(ticket, upload);
        return new Asked(id, ticket);
    }

    /** The bytes posted to an upload URL; empty when accepted. */
    synchronized Optional<Refusal> receive(String ticket, byte[] content) {
        Upload upload = byTicket.get(ticket);
        if (upload == null || upload.shared != null) {
            return Optional.of(new Refusal(404, "no upload for this URL"));
        }
        if (content.length != upload.declaredLength) {
            return Optional.of(new Refusal(400, "expected " + upload.declaredLength + " bytes (the length given to "
                    + "files.getUploadURLExternal), received " + content.length));
        }
        upload.content = content.clone();
        return Optional.empty();
    }

    /**
     * Checks that every file was uploaded and not shared yet, without changing anything.
     *
     * @throws ApiError {@code file_not_found} naming the file otherwise
     */
    synchronized void checkReady(List<String> ids) throws ApiError {
        for (String id : ids) {
            Upload upload = byId.get(id);
            if (upload == null || upload.shared != null) {
                throw new ApiError("file_not_found", List.of("no upload in progress with id " + id));
            }
            if (upload.content == null) {
                throw new ApiError("file_not_found", List.of("nothing was uploaded for " + id + " (a POST of "
                        + upload.declaredLength + " bytes to its upload_url must come first)"));
            }
        }
    }

    /** Shares uploaded files (checked with {@link #checkReady}) where asked; returns them in order. */
    synchronized List<SharedSlackFile> share(Map<String, String> titlesById, String channel, String threadTs)
            throws ApiError {
        checkReady(List.copyOf(titlesById.keySet()));
        List<SharedSlackFile> out = new ArrayList<>();
        for (var entry : titlesById.entrySet()) {
            Upload upload = byId.get(entry.getKey());
            String title = entry.getValue() == null || entry.getValue().isBlank() ? upload.filename : entry.getValue();
            SharedSlackFile file = new SharedSlackFile(upload.id, upload.filename, title, channel, threadTs,
                    upload.content, Instant.now());
            upload.shared = file;
            byTicket.remove(upload.ticket);
            shared.add(file);
            out.add(file);
            log.record(new SlackEvent.FileShared(file, file.at()));
        }
        return out;
    }

    synchronized List<SharedSlackFile> shared() {
        return List.copyOf(shared);
    }

    synchronized Optional<SharedSlackFile> sharedFile(String id) {
        return shared.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
