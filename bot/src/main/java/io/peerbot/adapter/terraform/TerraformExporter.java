package io.peerbot.adapter.terraform;

import com.github.mustachejava.Mustache;
import io.peerbot.application.port.PeeringExporter;
import io.peerbot.domain.export.ExportFormat;
import io.peerbot.domain.export.PeeringFootprint;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Terraform (HCL) for what peerbot made for a peering, from the template {@code terraform/peering.tf.mustache}:
 * a provider per side (alias {@code requester} / {@code accepter}, with its region and account), the connection
 * and its accepter, the DNS options when peerbot set them, a route per route through the peering and an ingress
 * rule per rule of peerbot's; each with an {@code import} block carrying its real id. Laid out as
 * {@code terraform fmt} lays it out.
 */
public final class TerraformExporter implements PeeringExporter {
    private static final String TEMPLATE = "peering.tf.mustache";
    /** Compiled at the first export: Mustache is not loaded to start the bot. */
    private volatile Mustache template;

    @Override
    public ExportFormat format() {
        return ExportFormat.TERRAFORM;
    }

    @Override
    public Exported export(PeeringFootprint footprint) {
        return new Exported("peering-" + footprint.pcxId() + ".tf", "Terraform for " + footprint.pcxId(),
                render(footprint).getBytes(StandardCharsets.UTF_8));
    }

    private Mustache template() {
        Mustache compiled = template;
        if (compiled == null) {
            synchronized (this) {
                if (template == null) {
                    template = new HclMustache().compile(TEMPLATE);
                }
                compiled = template;
            }
        }
        return compiled;
    }

    /** The HCL text. */
    public String render(PeeringFootprint footprint) {
        StringWriter out = new StringWriter();
        template().execute(out, TerraformModel.of(footprint));
        return HclLayout.align(out.toString());
    }
}
