package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.CHANNEL;
import static io.peerbot.e2e.Org.ERIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SharedSlackFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /peer map} shares a picture of the network in the channel; the Home tab shows it to whoever opens it. */
class MapAndHomeTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    /** app-vpc and legacy-vpc are each peered with db-vpc, not with each other: db-vpc is a hub. */
    private void hubAtDb() {
        h.ec2.seed().peering(h.org.app, h.org.db, Status.ACTIVE);
        h.ec2.seed().peering(h.org.legacy, h.org.db, Status.ACTIVE);
    }

    @Test
    void aMapAroundAVpcSaysWhatItReachesAndWarnsOfThePathThroughTheHub() throws IOException {
        hubAtDb();
        int mark = h.ec2.calls().mark();

        h.type(ERIN, "map app-vpc");

        SharedSlackFile file = h.slack.awaitFile(f -> CHANNEL.equals(f.channel()), Harness.WAIT);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(file.content()));
        assertThat(picture).isNotNull();
        assertThat(picture.getWidth()).isGreaterThan(300);
        assertThat(file.name()).isEqualTo("peerbot-map.png");
        RecordedMessage words = h.slack.awaitMessage(m -> m.channel().equals(CHANNEL)
                && m.allText().contains("reaches directly"), Harness.WAIT);
        assertThat(words.allText()).contains("app-vpc", "db-vpc", "does *not* reach", "legacy-vpc",
                "not made by peerbot");
        assertThat(h.mutatingCalls()).isEmpty();
        assertThat(h.ec2.calls().since(mark)).filteredOn(c -> "DescribeVpcs".equals(c.action()))
                .as("one read of the VPCs per place read").hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void theWholeMapNamesTheHub() {
        hubAtDb();

        h.type(ERIN, "map");

        h.slack.awaitFile(f -> CHANNEL.equals(f.channel()), Harness.WAIT);
        RecordedMessage words = h.slack.awaitMessage(m -> m.channel().equals(CHANNEL)
                && m.allText().contains("peerings"), Harness.WAIT);
        assertThat(words.allText()).contains("Hubs whose peers do *not* reach each other", "db-vpc");
    }

    @Test
    void anUnknownVpcOrAccountIsAnsweredPrivatelyAndNothingIsShared() {
        h.type(ERIN, "map nope-vpc");
        h.awaitEphemeral(ERIN, t -> t.contains("No VPC `nope-vpc` found"));
        h.type(ERIN, "map 999999999999");
        h.awaitEphemeral(ERIN, t -> t.contains("999999999999"));
        h.type(ERIN, "map 12345");
        h.awaitEphemeral(ERIN, t -> t.contains("not an account id"));

        assertThat(h.slack.files()).isEmpty();
        assertThat(h.slack.messages(CHANNEL)).isEmpty();
    }

    @Test
    void theHomeTabShowsTheMapAndThePersonsOwnVpcs() {
        hubAtDb();
        Instant before = Instant.now();

        h.slack.openHome(ALICE);

        JsonObject view = h.slack.awaitHomeView(ALICE, before, Harness.WAIT);
        assertThat(view.get("type").getAsString()).isEqualTo("home");
        JsonArray blocks = view.getAsJsonArray("blocks");
        assertThat(blocks.size()).isBetween(1, 100);
        List<JsonObject> images = new ArrayList<>();
        blocks.forEach(b -> {
            if ("image".equals(b.getAsJsonObject().get("type").getAsString())) {
                images.add(b.getAsJsonObject());
            }
        });
        assertThat(images).singleElement().satisfies(image -> {
            String fileId = image.getAsJsonObject("slack_file").get("id").getAsString();
            assertThat(h.slack.files()).anySatisfy(f -> assertThat(f.id()).isEqualTo(fileId));
        });
        String text = blocks.toString();
        assertThat(text).contains("Your VPCs", "app-vpc", "legacy-vpc", "does *not* reach");
        assertThat(h.slack.messages(CHANNEL)).as("the Home tab posts nothing in channels").isEmpty();
    }
}
