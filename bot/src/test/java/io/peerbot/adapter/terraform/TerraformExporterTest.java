package io.peerbot.adapter.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.PeeringExporter;
import io.peerbot.domain.export.PeeringFootprint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TerraformExporterTest {
    private static final String GOLDEN = "/terraform/cross-account-cross-region.tf";
    private final TerraformExporter exporter = new TerraformExporter();

    @Test
    void aCrossAccountCrossRegionPeeringIsExactlyTheGoldenFile() throws IOException {
        String hcl = exporter.render(Footprints.crossAccountCrossRegion());

        if (Boolean.getBoolean("peerbot.golden.write")) {
            Files.writeString(Path.of("src/test/resources" + GOLDEN), hcl);
        }
        assertThat(hcl).isEqualTo(golden());
    }

    @Test
    void theFileIsNamedAfterThePeeringAndHoldsTheHcl() {
        PeeringFootprint footprint = Footprints.crossAccountCrossRegion();

        PeeringExporter.Exported file = exporter.export(footprint);

        assertThat(file.filename()).isEqualTo("peering-" + Footprints.PCX + ".tf");
        assertThat(file.title()).contains(Footprints.PCX);
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo(exporter.render(footprint));
    }

    @Test
    void theOutputIsLaidOutAsTerraformFmtLaysItOut() {
        HclShape.assertFmtClean(exporter.render(Footprints.crossAccountCrossRegion()));
    }

    @Test
    void withoutDnsThereAreNoOptionResources() {
        PeeringFootprint dns = Footprints.crossAccountCrossRegion();
        PeeringFootprint without = new PeeringFootprint(dns.pcxId(), dns.requester(), dns.accepter(), false);

        String hcl = exporter.render(without);

        assertThat(hcl).doesNotContain("aws_vpc_peering_connection_options");
        HclShape.assertFmtClean(hcl);
    }

    private static String golden() throws IOException {
        try (InputStream in = TerraformExporterTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file " + GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
