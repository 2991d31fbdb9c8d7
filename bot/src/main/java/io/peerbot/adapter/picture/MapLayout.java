package io.peerbot.adapter.picture;

import io.peerbot.domain.map.MapPeering;
import io.peerbot.domain.map.MapView;
import io.peerbot.domain.map.MapVpc;
import io.peerbot.domain.map.Role;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Places each VPC's box: a force-directed layout (JGraphT's Barnes-Hut indexed Fruchterman-Reingold) puts peered
 * VPCs near each other and the rest apart; each VPC then takes the free cell of a grid nearest to where the
 * forces put it, so boxes never overlap and the picture keeps the layout's shape. The same view gives the same
 * picture (a fixed seed). In a map around one VPC, that VPC is placed first, in the cell nearest the centre.
 */
final class MapLayout {
    static final int BOX_WIDTH = 240;
    static final int BOX_HEIGHT = 92;
    static final int GAP_X = 80;
    static final int GAP_Y = 64;
    static final int MARGIN = 40;
    /** Spare cells, so the grid can follow the layout's shape rather than packing boxes edge to edge. */
    private static final double SPARE = 1.5;
    private static final long SEED = 20_261_201L;
    private static final int ITERATIONS = 300;

    /** Where each VPC's box is, inside a drawing area of {@code width} × {@code height} below {@code top}. */
    record Placement(Map<String, Rectangle> boxes, int width, int height) {
        Placement {
            boxes = Map.copyOf(boxes);
        }
    }

    Placement place(MapView view, int top) {
        List<MapVpc> vpcs = view.vpcs();
        int cells = Math.max(1, (int) Math.ceil(vpcs.size() * (vpcs.size() < 4 ? 1.0 : SPARE)));
        double cellW = BOX_WIDTH + GAP_X;
        double cellH = BOX_HEIGHT + GAP_Y;
        // A little wider than high: pictures are looked at on screens.
        int columns = Math.max(1, (int) Math.round(Math.sqrt(cells * 1.6 * cellH / cellW)));
        int rows = (cells + columns - 1) / columns;
        Map<String, Point2D> forces = forces(view, columns * cellW, rows * cellH);
        boolean[][] taken = new boolean[rows][columns];
        Map<String, Rectangle> boxes = new LinkedHashMap<>();
        for (MapVpc vpc : orderOfPlacing(view)) {
            Point2D p = view.roleOf(vpc.id()) == Role.FOCUS ? Point2D.of(columns * cellW / 2, rows * cellH / 2)
                    : forces.get(vpc.id());
            int col = clamp((int) (p.getX() / cellW), columns);
            int row = clamp((int) (p.getY() / cellH), rows);
            int[] cell = nearestFree(taken, row, col);
            taken[cell[0]][cell[1]] = true;
            boxes.put(vpc.id(), new Rectangle(MARGIN + (int) (cell[1] * cellW + GAP_X / 2.0),
                    top + (int) (cell[0] * cellH + GAP_Y / 2.0), BOX_WIDTH, BOX_HEIGHT));
        }
        return new Placement(boxes, 2 * MARGIN + (int) (columns * cellW), top + MARGIN + (int) (rows * cellH));
    }

    /** The focus first, so it keeps the centre; then the VPCs with most peerings, which matter most to the shape. */
    private static List<MapVpc> orderOfPlacing(MapView view) {
        Map<String, Integer> degree = new LinkedHashMap<>();
        view.peerings().forEach(p -> {
            degree.merge(p.requesterVpc(), 1, Integer::sum);
            degree.merge(p.accepterVpc(), 1, Integer::sum);
        });
        List<MapVpc> order = new ArrayList<>(view.vpcs());
        order.sort((a, b) -> {
            boolean fa = view.roleOf(a.id()) == Role.FOCUS;
            boolean fb = view.roleOf(b.id()) == Role.FOCUS;
            if (fa != fb) {
                return fa ? -1 : 1;
            }
            return Integer.compare(degree.getOrDefault(b.id(), 0), degree.getOrDefault(a.id(), 0));
        });
        return order;
    }

    private static Map<String, Point2D> forces(MapView view, double width, double height) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        view.vpcs().forEach(v -> graph.addVertex(v.id()));
        Set<String> joined = new HashSet<>();
        for (MapPeering p : view.peerings()) {
            String a = p.requesterVpc();
            String b = p.accepterVpc();
            if (!a.equals(b) && joined.add(a.compareTo(b) < 0 ? a + b : b + a)) {
                graph.addEdge(a, b);
            }
        }
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(0, 0, width, height));
        new IndexedFRLayoutAlgorithm2D<String, DefaultEdge>(ITERATIONS,
                IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR, 1.0, new Random(SEED)).layout(graph, model);
        Map<String, Point2D> points = new LinkedHashMap<>();
        view.vpcs().forEach(v -> points.put(v.id(), model.get(v.id())));
        return points;
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }

    /** The free cell closest to (row, col), searched in growing rings. */
    private static int[] nearestFree(boolean[][] taken, int row, int col) {
        int rows = taken.length;
        int columns = taken[0].length;
        for (int ring = 0; ring < Math.max(rows, columns); ring++) {
            int[] best = null;
            double bestDistance = Double.MAX_VALUE;
            for (int r = row - ring; r <= row + ring; r++) {
                for (int c = col - ring; c <= col + ring; c++) {
                    boolean onRing = Math.abs(r - row) == ring || Math.abs(c - col) == ring;
                    if (!onRing || r < 0 || c < 0 || r >= rows || c >= columns || taken[r][c]) {
                        continue;
                    }
                    double distance = Math.hypot(r - row, c - col);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = new int[] {r, c};
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        throw new IllegalStateException("no free cell: the grid is smaller than the map");
    }
}
