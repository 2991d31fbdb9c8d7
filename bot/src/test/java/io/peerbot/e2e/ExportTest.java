package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.CHANNEL;
import static io.peerbot.e2e.Org.DAVE;
import static io.peerbot.e2e.Org.ERIN;
import static io.peerbot.e2e.Org.REGION_B;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredRoute;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SharedSlackFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /peer export}: Terraform for what peerbot made, shared in the peering's thread. */
class ExportTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void anApprovedPeeringIsExportedAsTerraformInItsThreadWithEveryIdTheBotMade() {
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --ports tcp:443 --no-test");
        RecordedMessage card = h.awaitCard();
        h.approve(DAVE, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        String pcxId = h.ec2.state().peerings().get(0).id();
        // the thread has the outcome before the record says so: the last save comes after the reply
        h.awaitAws("the record saying the thread has the outcome", () -> {
            StoredPeeringConnection pcx = h.ec2.state().peerings().get(0);
            return "".equals(pcx.tags().get("peerbot:unreported"))
                    && "".equals(pcx.accepterTags().getOrDefault("peerbot:unreported", ""));
        });
        int writesBefore = writes();

        h.type(ERIN, "export " + pcxId);

        SharedSlackFile file = h.slack.awaitFile(f -> f.inThread(CHANNEL, card.ts()), Harness.WAIT);
        assertThat(file.name()).isEqualTo("peering-" + pcxId + ".tf");
        String hcl = file.text();
        assertThat(hcl).contains("id = \"" + pcxId + "\"", "peer_owner_id = \"" + ACCOUNT_B + "\"",
                "peer_region   = \"" + REGION_B + "\"");
        List<String> routeIds = new ArrayList<>();
        List<String> ruleIds = new ArrayList<>();
        for (RegionState region : h.ec2.state().regions()) {
            for (StoredRouteTable table : region.routeTables()) {
                table.routes().stream().filter(r -> pcxId.equals(r.target()))
                        .map(StoredRoute::destination).forEach(d -> routeIds.add(table.id() + "_" + d));
            }
            region.securityGroupRules().stream().filter(r -> ("peerbot " + pcxId).equals(r.description()))
                    .map(StoredSecurityGroupRule::id).forEach(ruleIds::add);
        }
        assertThat(routeIds).isNotEmpty();
        assertThat(ruleIds).isNotEmpty();
        routeIds.forEach(id -> assertThat(hcl).contains("id = \"" + id + "\""));
        ruleIds.forEach(id -> assertThat(hcl).contains("id = \"" + id + "\""));
        assertThat(hcl.split("resource \"aws_route\"", -1)).hasSize(routeIds.size() + 1);
        assertThat(hcl.split("resource \"aws_vpc_security_group_ingress_rule\"", -1)).hasSize(ruleIds.size() + 1);
        assertThat(h.awaitEphemeral(ERIN, t -> t.contains(file.name())).allText()).contains(pcxId, "thread");
        assertThat(writes()).as("exporting changes nothing in AWS").isEqualTo(writesBefore);
    }

    @Test
    void anUnknownPeeringOrFormatGetsAPrivateAnswerAndNoFile() {
        h.type(ERIN, "export pcx-0123456789abcdef0");
        h.awaitEphemeral(ERIN, t -> t.contains("pcx-0123456789abcdef0") && t.contains("no peering"));

        h.type(ERIN, "export pcx-0123456789abcdef0 --format pulumi");
        h.awaitEphemeral(ERIN, t -> t.contains("pulumi") && t.contains("terraform"));

        assertThat(h.slack.files()).isEmpty();
    }

    private int writes() {
        return (int) h.ec2.calls().all().stream().filter(c -> c.service().equals("ec2") && !c.action().startsWith("Describe")).count();
    }
}
