package io.peerbot.application.port;

import io.peerbot.domain.export.ExportFormat;
import io.peerbot.domain.export.PeeringFootprint;

/** Writes what peerbot made for a peering as code in one format (Terraform, say); an outbound adapter. */
public interface PeeringExporter {

    ExportFormat format();

    /** The file to share: its name ({@code peering-pcx-….tf}), the title the chat shows, and its content. */
    Exported export(PeeringFootprint footprint);

    record Exported(String filename, String title, byte[] content) {
        public Exported {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
