package io.peerbot.adapter.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.MapPicture;
import io.peerbot.domain.map.MapView;
import io.peerbot.domain.map.MapVpc;
import io.peerbot.domain.map.NetworkMap;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class Java2dMapPainterTest {
    private final Java2dMapPainter painter = new Java2dMapPainter();
    private final NetworkMap network = GeneratedNetwork.of(40, 70);

    @Test
    void theMapIsAPngOfTheSizeItSays() throws IOException {
        MapPicture picture = painter.paint(network.everything());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(picture.width());
        assertThat(image.getHeight()).isEqualTo(picture.height());
    }

    @Test
    void noTwoVpcsOverlapAndEveryOneIsInThePicture() {
        MapView view = network.everything();
        MapPicture picture = painter.paint(view);
        Map<String, Rectangle> boxes = Java2dMapPainter.boxesOf(view);

        assertThat(boxes.keySet()).containsExactlyInAnyOrderElementsOf(view.vpcs().stream().map(MapVpc::id).toList());
        List<Rectangle> all = new ArrayList<>(boxes.values());
        for (int i = 0; i < all.size(); i++) {
            assertThat(new Rectangle(0, 0, picture.width(), picture.height()).contains(all.get(i))).isTrue();
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).intersects(all.get(j))).as("box %d and box %d", i, j).isFalse();
            }
        }
    }

    @Test
    void everyBoxHasTextDrawnInIt() throws IOException {
        MapView view = network.around(network.vpcs().get(0).id());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(painter.paint(view).png()));

        Java2dMapPainter.boxesOf(view).values().forEach(box ->
                assertThat(darkPixels(image, box)).as("text in %s", box).isGreaterThan(200));
    }

    @Test
    void aBoxSaysTheVpcsNameIdBlocksPlaceAndOwners() {
        MapVpc vpc = network.vpcs().get(3);

        assertThat(VpcCard.title(vpc)).isEqualTo(vpc.name().orElseThrow());
        assertThat(String.join("\n", VpcCard.details(vpc))).contains(vpc.id(),
                vpc.cidrBlocks().get(0).toString(), vpc.location().account(), vpc.location().region(),
                vpc.owners().get(0));
    }

    @Test
    void theSameViewIsLaidOutTheSameWay() {
        MapView view = network.everything();

        assertThat(Java2dMapPainter.boxesOf(view)).isEqualTo(Java2dMapPainter.boxesOf(view));
    }

    @Test
    void theFocusOfAMapAroundOneVpcSitsNearTheMiddle() {
        MapView view = network.around(network.vpcs().get(0).id());
        MapPicture picture = painter.paint(view);
        Rectangle focus = Java2dMapPainter.boxesOf(view).get(network.vpcs().get(0).id());

        assertThat(focus.getCenterX()).isBetween(picture.width() * 0.25, picture.width() * 0.75);
    }

    private static int darkPixels(BufferedImage image, Rectangle box) {
        int dark = 0;
        for (int x = box.x + 4; x < box.x + box.width - 4; x++) {
            for (int y = box.y + 4; y < box.y + box.height - 4; y++) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (brightness < 400) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
