package io.peerbot.adapter.picture;

import io.peerbot.application.port.MapPainter;
import io.peerbot.application.port.MapPicture;
import io.peerbot.domain.map.Drift;
import io.peerbot.domain.map.MapPeering;
import io.peerbot.domain.map.MapView;
import io.peerbot.domain.map.MapVpc;
import io.peerbot.domain.map.Role;
import io.peerbot.domain.peering.PeeringStatus;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws a map with Java2D, off screen: VPCs as boxes (placed by {@link MapLayout}), peerings as lines between
 * them styled by state, a title and a legend. Needs no display ({@code java.awt.headless}).
 */
public final class Java2dMapPainter implements MapPainter {
    /** Above this many peerings only the out-of-the-ordinary ones are labelled; the rest would be a blur. */
    static final int LABEL_EVERY_LINE_UP_TO = 60;
    static final int HEADER = 96;
    /** Wide enough for the title and the legend. */
    static final int MIN_WIDTH = 1200;
    private static final Color INK = new Color(0x1d, 0x1c, 0x1d);
    private static final Color MUTED = new Color(0x61, 0x61, 0x61);
    private static final Color ACTIVE = new Color(0x2e, 0x7d, 0x32);
    private static final Color PENDING = new Color(0xef, 0x6c, 0x00);
    private static final Color UNMANAGED = new Color(0x75, 0x75, 0x75);
    private static final Color DRIFT = new Color(0xc6, 0x28, 0x28);
    private static final Color FOCUS = new Color(0x15, 0x65, 0xc0);
    private static final Color NOT_REACHED = new Color(0xc6, 0x28, 0x28);
    private static final Color HUB = new Color(0x6a, 0x1b, 0x9a);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final MapLayout layout = new MapLayout();

    public Java2dMapPainter() {
        System.setProperty("java.awt.headless", "true");
    }

    @Override
    public MapPicture paint(MapView view) {
        MapLayout.Placement placement = layout.place(view, HEADER);
        int width = Math.max(placement.width(), MIN_WIDTH);
        int height = placement.height();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            header(g, view, width);
            Map<String, Rectangle> boxes = placement.boxes();
            boolean labelAll = view.peerings().size() <= LABEL_EVERY_LINE_UP_TO;
            view.peerings().forEach(p -> line(g, view, p, boxes));
            view.peerings().stream().filter(p -> labelAll || PeeringLabel.remarkable(p))
                    .forEach(p -> lineLabel(g, p, boxes));
            view.vpcs().forEach(v -> box(g, view, v, boxes.get(v.id())));
        } finally {
            g.dispose();
        }
        return new MapPicture(png(image), width, height);
    }

    static Map<String, Rectangle> boxesOf(MapView view) {
        return new MapLayout().place(view, HEADER).boxes();
    }

    private static void header(Graphics2D g, MapView view, int width) {
        g.setColor(INK);
        g.setFont(TITLE);
        String title = view.focus().map(f -> "What " + f.label() + " reaches directly")
                .or(() -> view.account().map(a -> "VPCs of account " + a + " and their peers"))
                .orElse("VPCs and peerings");
        g.drawString(title, MapLayout.MARGIN, 36);
        g.setFont(TEXT);
        g.setColor(MUTED);
        g.drawString(view.vpcs().size() + " VPCs · " + view.peerings().size() + " peerings · peering is not "
                + "transitive: a VPC reaches only the VPCs it is peered with", MapLayout.MARGIN, 58);
        legend(g, MapLayout.MARGIN, 80);
    }

    private static void legend(Graphics2D g, int x, int y) {
        Object[][] keys = {
            {ACTIVE, solid(2.5f), "active"},
            {PENDING, dashed(2f), "asked for, not yet active"},
            {UNMANAGED, dashed(1.5f), "not made by peerbot"},
            {ACTIVE, dotted(2.5f), "temporary"},
            {DRIFT, solid(2.5f), "drift"},
        };
        g.setFont(SMALL);
        int at = x;
        for (Object[] key : keys) {
            g.setColor((Color) key[0]);
            g.setStroke((Stroke) key[1]);
            g.drawLine(at, y - 4, at + 28, y - 4);
            g.setColor(INK);
            g.drawString((String) key[2], at + 34, y);
            at += 44 + g.getFontMetrics().stringWidth((String) key[2]);
        }
        g.setColor(HUB);
        g.drawString("HUB: its peers do not reach each other through it", at, y);
    }

    private static void line(Graphics2D g, MapView view, MapPeering p, Map<String, Rectangle> boxes) {
        Rectangle a = boxes.get(p.requesterVpc());
        Rectangle b = boxes.get(p.accepterVpc());
        boolean beyond = view.roleOf(p.requesterVpc()) == Role.NOT_REACHED
                || view.roleOf(p.accepterVpc()) == Role.NOT_REACHED;
        Color color = p.drift() == Drift.DRIFTED ? DRIFT
                : p.status() != PeeringStatus.ACTIVE ? PENDING
                : !p.managed() ? UNMANAGED : ACTIVE;
        g.setColor(beyond ? blend(color) : color);
        g.setStroke(p.status() != PeeringStatus.ACTIVE ? dashed(2f)
                : !p.managed() ? dashed(1.5f)
                : p.temporary() ? dotted(2.5f) : solid(2.5f));
        g.drawLine((int) a.getCenterX(), (int) a.getCenterY(), (int) b.getCenterX(), (int) b.getCenterY());
    }

    private static void lineLabel(Graphics2D g, MapPeering p, Map<String, Rectangle> boxes) {
        Rectangle a = boxes.get(p.requesterVpc());
        Rectangle b = boxes.get(p.accepterVpc());
        String text = PeeringLabel.of(p);
        g.setFont(SMALL);
        FontMetrics metrics = g.getFontMetrics();
        int w = metrics.stringWidth(text) + 8;
        // Beside the line's middle, not on it, so the line stays visible under short labels too.
        int x = (int) ((a.getCenterX() + b.getCenterX()) / 2) - w / 2;
        int y = (int) ((a.getCenterY() + b.getCenterY()) / 2) - 20;
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRoundRect(x, y, w, 16, 6, 6);
        g.setColor(p.drift() == Drift.DRIFTED ? DRIFT : INK);
        g.drawString(text, x + 4, y + 12);
    }

    private static void box(Graphics2D g, MapView view, MapVpc vpc, Rectangle r) {
        Role role = view.roleOf(vpc.id());
        g.setColor(switch (role) {
            case FOCUS -> new Color(0xe3, 0xf2, 0xfd);
            case NOT_REACHED -> new Color(0xf5, 0xf5, 0xf5);
            default -> vpc.seen() ? new Color(0xfa, 0xfa, 0xfa) : new Color(0xee, 0xee, 0xee);
        });
        g.fillRoundRect(r.x, r.y, r.width, r.height, 12, 12);
        g.setColor(switch (role) {
            case FOCUS -> FOCUS;
            case REACHED -> ACTIVE;
            case NOT_REACHED -> NOT_REACHED;
            case PLAIN -> view.isHub(vpc.id()) ? HUB : MUTED;
        });
        g.setStroke(role == Role.NOT_REACHED || !vpc.seen() ? dashed(2f) : solid(role == Role.FOCUS ? 3.5f : 2f));
        g.drawRoundRect(r.x, r.y, r.width, r.height, 12, 12);
        int inner = r.width - 16;
        g.setColor(INK);
        g.setFont(NAME);
        String badge = role == Role.NOT_REACHED ? "NOT REACHED" : view.isHub(vpc.id()) ? "HUB" : "";
        int badgeWidth = badge.isEmpty() ? 0 : g.getFontMetrics(SMALL).stringWidth(badge) + 10;
        g.drawString(fit(g, VpcCard.title(vpc), inner - badgeWidth), r.x + 8, r.y + 19);
        if (!badge.isEmpty()) {
            g.setFont(SMALL);
            g.setColor(role == Role.NOT_REACHED ? NOT_REACHED : HUB);
            g.drawString(badge, r.x + r.width - badgeWidth, r.y + 18);
        }
        g.setFont(TEXT);
        g.setColor(MUTED);
        List<String> details = VpcCard.details(vpc);
        for (int i = 0; i < details.size(); i++) {
            g.drawString(fit(g, details.get(i), inner), r.x + 8, r.y + 37 + i * 15);
        }
    }

    /** The text, cut with an ellipsis where it would overflow {@code width} pixels. */
    static String fit(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static Color blend(Color color) {
        return new Color((color.getRed() + 2 * 255) / 3, (color.getGreen() + 2 * 255) / 3,
                (color.getBlue() + 2 * 255) / 3);
    }

    private static Stroke solid(float width) {
        return new BasicStroke(width);
    }

    private static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {9f, 6f}, 0f);
    }

    private static Stroke dotted(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 6f}, 0f);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the map as PNG", e);
        }
        return out.toByteArray();
    }
}
