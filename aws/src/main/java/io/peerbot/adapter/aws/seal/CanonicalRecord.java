package io.peerbot.adapter.aws.seal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The bytes a seal is computed over: a version, the peering's identity, then every covered tag (see
 * {@link SealTags#covered}) sorted by key. Every text is written as its UTF-8 length (4 bytes, big-endian) and its
 * bytes, so no key or value, whatever characters it holds, can shift into its neighbour and make two different
 * records encode alike.
 */
final class CanonicalRecord {
    private static final String VERSION = "peerbot-seal-v1";

    private CanonicalRecord() {
    }

    static byte[] of(PeeringIdentity peering, Map<String, String> tags) {
        Map<String, String> covered = SealTags.coveredOf(tags);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, VERSION);
            text(out, peering.pcxId());
            text(out, peering.requester().account());
            text(out, peering.requester().region());
            text(out, peering.requesterVpcId());
            text(out, peering.accepter().account());
            text(out, peering.accepter().region());
            text(out, peering.accepterVpcId());
            out.writeInt(covered.size());
            for (Map.Entry<String, String> tag : covered.entrySet()) {
                text(out, tag.getKey());
                text(out, tag.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
